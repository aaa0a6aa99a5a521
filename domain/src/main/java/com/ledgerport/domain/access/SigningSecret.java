package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A partner's HMAC secret for seed 002 request signatures (and, later, webhook signatures). It is shown to
 * the operator once and stored only sealed by the {@link SecretBox}: unlike a token it cannot be a digest,
 * because the server must recompute signatures with it.
 *
 * <p>The current secret has no {@code retiresAt}. Issuing a new one retires the current one at
 * {@code now + overlap} (it keeps verifying meanwhile) and any older one at once, so at most two secrets of a
 * partner ever verify.
 *
 * @param sealedValue the secret sealed with {@link #sealingContext()}
 */
public record SigningSecret(SigningSecretId id, PartnerId partnerId, String sealedValue, Instant createdAt,
        Optional<Instant> retiresAt) {

    public static final String PREFIX = "lp_ss_";
    public static final int SEALED_LENGTH_MAX = 512;
    public static final Duration ROTATION_OVERLAP_DEFAULT = Duration.ofHours(24);
    public static final Duration ROTATION_OVERLAP_MAX = Duration.ofDays(30);
    /** A partner has at most two verifying secrets; more rows in a read would mean a broken invariant. */
    public static final int VERIFYING_COUNT_MAX = 2;

    public SigningSecret {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(sealedValue, "sealed value");
        Require.that(sealedValue.length() <= SEALED_LENGTH_MAX, "sealed value is too long");
        Require.present(createdAt, "created_at");
        Require.present(retiresAt, "retires_at");
    }

    /** Seals a freshly generated secret for the partner; answers the stored form and the plain secret. */
    public static Issued issue(PartnerId partnerId, SecretBox box, Instant now) {
        SigningSecretId id = SigningSecretId.generate();
        String plain = SecretToken.generate(PREFIX);
        String sealed = box.seal(plain, sealingContext(partnerId, id));
        return new Issued(new SigningSecret(id, partnerId, sealed, now, Optional.empty()), plain);
    }

    /** The stored secret and its plain value, which leaves the server exactly once. */
    public record Issued(SigningSecret secret, String plain) {

        public Issued {
            Require.present(secret, "secret");
            Require.present(plain, "plain secret");
        }
    }

    public boolean verifiesAt(Instant now) {
        return retiresAt.map(now::isBefore).orElse(true);
    }

    /** The HMAC key: the UTF-8 bytes of the plain secret. */
    public byte[] key(SecretBox box) {
        return box.open(sealedValue, sealingContext());
    }

    public String sealingContext() {
        return sealingContext(partnerId, id);
    }

    /** Binds the ciphertext to its partner and row: a value copied elsewhere does not open. */
    static String sealingContext(PartnerId partnerId, SigningSecretId id) {
        return "signing_secret:" + partnerId + ":" + id;
    }
}
