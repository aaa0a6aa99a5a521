package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/** Verifies API key credentials in either form (public key + secret, or seed 001's single string). */
public interface AuthenticateApiKeyUseCase {

    KeyAuthentication authenticate(AuthenticateApiKeyCommand command);

    /**
     * @param surface         the seed-001 API being called, when it is one: the partner must have it
     * @param requestedTenant the partner the request names, when it names one: the key must be that partner's
     */
    record AuthenticateApiKeyCommand(Presented presented, Optional<PartnerSurface> surface,
            Optional<PartnerId> requestedTenant, String requestId) {
    }

    sealed interface Presented permits PublicKeyAndSecret, SingleString {
    }

    record PublicKeyAndSecret(String publicKey, String secret) implements Presented {
        @Override
        public String toString() {
            return "PublicKeyAndSecret[" + publicKey + ", ****]";
        }
    }

    record SingleString(String apiKey) implements Presented {
        @Override
        public String toString() {
            return "SingleString[****]";
        }
    }

    sealed interface KeyAuthentication permits Authenticated, Rejected {
    }

    record Authenticated(ApiKeyPrincipal principal) implements KeyAuthentication {
    }

    record Rejected(Reason reason) implements KeyAuthentication {

        /** Authenticated but not allowed (403) rather than not authenticated (401). */
        public boolean isForbidden() {
            return reason == Reason.SURFACE_NOT_ALLOWED;
        }
    }

    /** In order of precedence. */
    enum Reason {
        MALFORMED,
        UNKNOWN_KEY,
        WRONG_SECRET,
        REVOKED,
        EXPIRED,
        PARTNER_SUSPENDED,
        OTHER_TENANT,
        SURFACE_NOT_ALLOWED
    }
}
