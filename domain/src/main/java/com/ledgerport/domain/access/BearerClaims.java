package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * What a signed bearer token asserts: who (subject), for which partner (tenant), under which revocable grant
 * (a session, an access token, an API key), with which scopes and in which mode, and until when. The signature
 * proves only that we minted it; whether the grant still stands is checked against storage on every use.
 */
public record BearerClaims(
        TokenKind kind,
        String subject,
        PartnerId tenant,
        String grantId,
        Instant issuedAt,
        Instant expiresAt,
        Scopes scopes,
        Optional<Mode> mode) {

    public static final int ID_LENGTH_MAX = 64;

    public BearerClaims {
        Require.present(kind, "kind");
        Require.text(subject, "subject", ID_LENGTH_MAX);
        Require.present(tenant, "tenant");
        Require.text(grantId, "grant id", ID_LENGTH_MAX);
        Require.present(issuedAt, "issued_at");
        Require.present(expiresAt, "expires_at");
        Require.that(expiresAt.isAfter(issuedAt), "a token must expire after it is issued");
        Require.present(scopes, "scopes");
        Require.present(mode, "mode");
    }

    /** A token that carries no scopes or mode of its own (a member's session token). */
    public static BearerClaims unscoped(TokenKind kind, String subject, PartnerId tenant, String grantId,
            Instant issuedAt, Instant expiresAt) {
        return new BearerClaims(kind, subject, tenant, grantId, issuedAt, expiresAt, Scopes.none(),
                Optional.empty());
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
