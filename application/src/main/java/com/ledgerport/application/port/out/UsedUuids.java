package com.ledgerport.application.port.out;

import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.UUID;

/**
 * Seed 003 request uuids already accepted, per partner, for good: the RSA signature covers the uuid only, so
 * forgetting one would let its request be replayed with a new timestamp.
 */
public interface UsedUuids {

    /** Records the uuid as used; answers false when the partner used it before. Of two racers exactly one wins. */
    boolean use(PartnerId partnerId, UUID uuid, Instant usedAt);
}
