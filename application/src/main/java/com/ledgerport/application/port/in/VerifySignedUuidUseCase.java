package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.RsaKeyId;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;

/**
 * Authenticates a seed 003 request: the partner named by {@code service_provider} is active, the request's
 * {@code timestamp} is within ±300 s, {@code signed_uuid} is the SHA256withRSA signature of the {@code uuid}
 * text under one of the partner's verifying keys, and the partner never used this uuid before (on any node).
 * The uuid is spent only when everything else holds; every rejection is audited.
 */
public interface VerifySignedUuidUseCase {

    SignedUuidCheck verify(VerifySignedUuidCommand command);

    /**
     * @param uuid       the request's uuid text exactly as sent (what was signed); must be a UUID
     * @param signedUuid the request's {@code signed_uuid} as sent
     * @param timestamp  the request's {@code timestamp}, already read
     */
    record VerifySignedUuidCommand(PartnerId partnerId, String uuid, String signedUuid, Instant timestamp,
            CallContext context) {
    }

    sealed interface SignedUuidCheck permits Verified, Rejected {
    }

    record Verified(PartnerId partnerId, RsaKeyId keyId) implements SignedUuidCheck {
    }

    record Rejected(Reason reason) implements SignedUuidCheck {
    }

    /** In order of precedence: the first that applies is reported. */
    enum Reason {
        PARTNER_NOT_FOUND,
        PARTNER_SUSPENDED,
        TIMESTAMP_EXPIRED,
        TIMESTAMP_IN_FUTURE,
        NO_ACTIVE_KEY,
        SIGNATURE_MALFORMED,
        SIGNATURE_MISMATCH,
        UUID_ALREADY_USED
    }
}
