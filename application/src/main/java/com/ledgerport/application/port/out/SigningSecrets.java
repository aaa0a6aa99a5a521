package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;

/** Partners' sealed HMAC signing secrets (seed 002), current and retiring. */
public interface SigningSecrets {

    void add(SigningSecret secret);

    /**
     * Retires the partner's current secret at {@code currentRetiresAt} and, at once ({@code now}), any older
     * secret that still verifies, so that only the immediately previous secret overlaps with a new one.
     */
    void retire(PartnerId partnerId, Instant currentRetiresAt, Instant now);

    /**
     * The partner's secrets that still verify at {@code now}, newest first; at most
     * {@link SigningSecret#VERIFYING_COUNT_MAX} + 1, so a broken invariant shows without an unbounded read.
     */
    List<SigningSecret> verifying(PartnerId partnerId, Instant now);
}
