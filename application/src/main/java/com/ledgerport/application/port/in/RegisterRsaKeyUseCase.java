package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaPublicKey;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;

/** The operator registers a public key the partner made; the partner keeps its private key to itself. */
public interface RegisterRsaKeyUseCase {

    RsaKeyRegistration register(RegisterRsaKeyCommand command);

    record RegisterRsaKeyCommand(PartnerId partnerId, RsaPublicKey publicKey, CallContext context) {
    }

    sealed interface RsaKeyRegistration permits Registered, Rejected {
    }

    record Registered(RsaKey key) implements RsaKeyRegistration {
    }

    record Rejected(Reason reason) implements RsaKeyRegistration {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        TOO_MANY_KEYS,
        ALREADY_REGISTERED
    }
}
