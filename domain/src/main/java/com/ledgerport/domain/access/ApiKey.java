package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A partner's server-to-server key: public key + secret (stored as a digest). It works from creation until it
 * expires or is revoked, whichever comes first; expiring it early is revoking it.
 */
public record ApiKey(
        ApiKeyId id,
        PartnerId partnerId,
        String name,
        String publicKey,
        String secretDigest,
        Mode mode,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    public static final int NAME_LENGTH_MAX = 100;
    public static final Duration TTL_DEFAULT = Duration.ofHours(24);
    /** How stale {@code last_used_at} may get: it is written at most once per interval per key. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofSeconds(60);

    public ApiKey {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.text(name, "name", NAME_LENGTH_MAX);
        Require.that(ApiKeyMaterial.isPublicKey(publicKey), "malformed public key");
        Require.that(secretDigest != null && secretDigest.length() == 64, "malformed secret digest");
        Require.present(mode, "mode");
        Require.present(createdAt, "created_at");
        Require.present(expiresAt, "expires_at");
        Require.present(revokedAt, "revoked_at");
        Require.present(lastUsedAt, "last_used_at");
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public boolean matchesSecret(String secret) {
        return secret != null && SecretToken.sameDigest(secretDigest, SecretToken.digest(secret));
    }

    public boolean lastUseIsStaleAt(Instant now) {
        return lastUsedAt.map(used -> !used.plus(LAST_USED_RESOLUTION).isAfter(now)).orElse(true);
    }

    @Override
    public String toString() {
        return "ApiKey[" + id + ", " + publicKey + ", partner " + partnerId + "]";
    }
}
