package com.ledgerport.domain.access;

/** What a bearer JWT was minted for; a token of one kind is never accepted where another is expected. */
public enum TokenKind {
    /** A member's 15-minute access token, tied to a {@link Session}. */
    SESSION
}
