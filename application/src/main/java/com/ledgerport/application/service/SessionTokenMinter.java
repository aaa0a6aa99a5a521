package com.ledgerport.application.service;

import com.ledgerport.application.port.in.SessionTokens;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.SecretToken;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.TokenKind;
import java.time.Instant;

/** Mints the access token and a new refresh token for a session; the refresh token's digest is what is kept. */
final class SessionTokenMinter {

    static final String REFRESH_PREFIX = "lp_rt_";

    private final BearerTokens bearerTokens;

    SessionTokenMinter(BearerTokens bearerTokens) {
        this.bearerTokens = bearerTokens;
    }

    record Minted(SessionTokens tokens, String refreshDigest) {
    }

    Minted mint(Session session, Instant now) {
        Instant accessExpiresAt = now.plus(Session.ACCESS_TOKEN_TTL);
        String access = bearerTokens.mint(BearerClaims.unscoped(TokenKind.SESSION, session.memberId().toString(),
                session.partnerId(), session.id().toString(), now, accessExpiresAt));
        String refresh = SecretToken.generate(REFRESH_PREFIX);
        return new Minted(new SessionTokens(access, accessExpiresAt, refresh, session.expiresAt()),
                SecretToken.digest(refresh));
    }
}
