package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/**
 * What a signed bearer token asserts: who (subject), for which partner (tenant), under which revocable grant
 * (a session or a token id), and until when. The signature proves only that we minted it; whether the grant
 * still stands is checked against storage on every use.
 */
public record BearerClaims(
        TokenKind kind,
        String subject,
        PartnerId tenant,
        String grantId,
        Instant issuedAt,
        Instant expiresAt) {

    public static final int ID_LENGTH_MAX = 64;

    public BearerClaims {
        Require.present(kind, "kind");
        Require.text(subject, "subject", ID_LENGTH_MAX);
        Require.present(tenant, "tenant");
        Require.text(grantId, "grant id", ID_LENGTH_MAX);
        Require.present(issuedAt, "issued_at");
        Require.present(expiresAt, "expires_at");
        Require.that(expiresAt.isAfter(issuedAt), "a token must expire after it is issued");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
