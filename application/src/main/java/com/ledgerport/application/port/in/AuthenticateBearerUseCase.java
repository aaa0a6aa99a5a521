package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a bearer JWT of one of the kinds a surface accepts, and that the grant behind it (session, access
 * token, API key) still stands and its partner is active — on every use, so revocation acts at once.
 */
public interface AuthenticateBearerUseCase {

    BearerAuthentication authenticate(AuthenticateBearerCommand command);

    /**
     * @param surface   the seed-001 API being called, when it is one: the partner must have it
     * @param requestId for the audit record of a failed use of an existing grant
     */
    record AuthenticateBearerCommand(String token, Set<TokenKind> accepted, Optional<PartnerSurface> surface,
            String requestId) {

        @Override
        public String toString() {
            return "AuthenticateBearerCommand[****, " + accepted + "]";
        }
    }

    sealed interface BearerAuthentication permits Authenticated, Rejected {
    }

    record Authenticated(Principal principal) implements BearerAuthentication {
    }

    record Rejected(Reason reason) implements BearerAuthentication {

        public boolean isForbidden() {
            return reason == Reason.SURFACE_NOT_ALLOWED;
        }
    }

    /** In order of precedence. */
    enum Reason {
        MALFORMED,
        WRONG_KIND,
        EXPIRED,
        REVOKED,
        PARTNER_SUSPENDED,
        SURFACE_NOT_ALLOWED
    }
}
