package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A long-lived, scoped, revocable token for one partner and one mode (seed 004 "long lived access token").
 * Its JWT names this record; every use checks that the record still stands, so revocation acts at once.
 */
public record AccessToken(
        AccessTokenId id,
        PartnerId partnerId,
        String description,
        Mode mode,
        Scopes scopes,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        Actor createdBy) {

    public static final int DESCRIPTION_LENGTH_MAX = 200;
    public static final Duration LIFETIME_DEFAULT = Duration.ofDays(365);

    public AccessToken {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(description, "description");
        Require.that(description.length() <= DESCRIPTION_LENGTH_MAX,
                "description must be at most " + DESCRIPTION_LENGTH_MAX + " characters");
        Require.that(description.codePoints().noneMatch(Character::isISOControl),
                "description must not contain control characters");
        Require.present(mode, "mode");
        Require.present(scopes, "scopes");
        Require.present(createdAt, "created_at");
        Require.present(expiresAt, "expires_at");
        Require.that(expiresAt.isAfter(createdAt), "an access token must expire after it is created");
        Require.present(revokedAt, "revoked_at");
        Require.present(createdBy, "created by");
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public AccessToken revokedAt(Instant now) {
        return new AccessToken(id, partnerId, description, mode, scopes, createdAt, expiresAt,
                Optional.of(revokedAt.orElse(now)), createdBy);
    }

    public AccessToken withDescription(String newDescription) {
        return new AccessToken(id, partnerId, newDescription, mode, scopes, createdAt, expiresAt, revokedAt,
                createdBy);
    }

    public AccessToken withScopes(Scopes newScopes) {
        return new AccessToken(id, partnerId, description, mode, newScopes, createdAt, expiresAt, revokedAt,
                createdBy);
    }
}
