package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A public key that verifies a partner's seed 003 {@code signed_uuid}. A partner may hold several active
 * keys (e.g. one registered and one generated); a rotation retires all of them at {@code now + overlap}.
 */
public record RsaKey(RsaKeyId id, PartnerId partnerId, RsaPublicKey publicKey, RsaKeyOrigin origin,
        Instant createdAt, Optional<Instant> retiresAt) {

    /** Each active key is tried in turn; bounding them bounds the cost of one failed verification. */
    public static final int ACTIVE_COUNT_MAX = 10;
    public static final Duration ROTATION_OVERLAP_DEFAULT = Duration.ofHours(24);
    public static final Duration ROTATION_OVERLAP_MAX = Duration.ofDays(30);

    public RsaKey {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(publicKey, "public key");
        Require.present(origin, "origin");
        Require.present(createdAt, "created_at");
        Require.present(retiresAt, "retires_at");
    }

    public static RsaKey add(PartnerId partnerId, RsaPublicKey publicKey, RsaKeyOrigin origin, Instant now) {
        return new RsaKey(RsaKeyId.generate(), partnerId, publicKey, origin, now, Optional.empty());
    }

    public boolean verifiesAt(Instant now) {
        return retiresAt.map(now::isBefore).orElse(true);
    }
}
