package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;

/**
 * Seed 003's {@code POST /api/v1/keys/rotate}: a new key pair for a partner; every key it had active keeps
 * verifying for the configured overlap and then retires (keys still overlapping from an earlier rotation
 * retire at once).
 */
public interface RotateRsaKeysUseCase {

    RsaKeyRotation rotate(RotateRsaKeysCommand command);

    record RotateRsaKeysCommand(PartnerId partnerId, CallContext context) {
    }

    sealed interface RsaKeyRotation permits Rotated, Rejected {
    }

    /** @param retiredCount how many previously active keys now retire at {@code previousRetireAt} */
    record Rotated(RsaKey key, RsaKeyPairs.Generated pair, int retiredCount, Instant previousRetireAt)
            implements RsaKeyRotation {
    }

    record Rejected(Reason reason) implements RsaKeyRotation {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        GENERATION_FAILED
    }
}
