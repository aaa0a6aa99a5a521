package com.ledgerport.application.port.out;

import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;

/**
 * The replay guard of seed 002 signatures, shared by every node through the database: a signature is
 * remembered for as long as its timestamp is fresh, and a second presentation within that time is a replay.
 */
public interface SeenSignatures {

    /**
     * Remembers the partner's signature until {@code forgetAfter}; answers false when it is remembered already
     * (a replay). Of two concurrent presentations exactly one is remembered.
     */
    boolean remember(PartnerId partnerId, String signature, Instant forgetAfter);

    /** Forgets at most {@code limit} signatures whose {@code forgetAfter} has come; answers how many. */
    int forgetExpired(Instant now, int limit);
}
