package com.ledgerport.domain.access;

/** What a bearer JWT was minted for; a token of one kind is never accepted where another is expected. */
public enum TokenKind {
    /** A member's 15-minute access token, tied to a {@link Session}. */
    SESSION,
    /** A long-lived scoped token of seed 004, tied to an {@link AccessToken} record. */
    ACCESS_TOKEN,
    /** Seed 001's Reseller API token, issued for an API key and tied to it. */
    RESELLER,
    /** Seed 001's Storefront API token, issued for one customer of a partner. */
    STOREFRONT
}
