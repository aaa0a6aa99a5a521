package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;

/** Partners' RSA public keys for seed 003's {@code signed_uuid}. */
public interface RsaKeys {

    /** Adds the key unless the partner already has the same public key (any state); answers whether it did. */
    boolean add(RsaKey key);

    /** The partner's keys that verify at {@code now}, newest first, at most {@code limit}. */
    List<RsaKey> verifying(PartnerId partnerId, Instant now, int limit);

    /**
     * Retires every active key of the partner at {@code activeRetiresAt} and, at once ({@code now}), any key
     * still verifying from an earlier rotation; answers how many keys were active.
     */
    int retire(PartnerId partnerId, Instant activeRetiresAt, Instant now);
}
