package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;

/**
 * Seed 003's {@code POST /api/v1/keys/generate}: a new key pair for a partner, beside its other active keys.
 * The server keeps the public key only; the private key is in the answer and nowhere else.
 */
public interface GenerateRsaKeysUseCase {

    RsaKeyGeneration generate(GenerateRsaKeysCommand command);

    record GenerateRsaKeysCommand(PartnerId partnerId, CallContext context) {
    }

    sealed interface RsaKeyGeneration permits Generated, Rejected {
    }

    record Generated(RsaKey key, RsaKeyPairs.Generated pair) implements RsaKeyGeneration {
    }

    record Rejected(Reason reason) implements RsaKeyGeneration {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        TOO_MANY_KEYS,
        GENERATION_FAILED
    }
}
