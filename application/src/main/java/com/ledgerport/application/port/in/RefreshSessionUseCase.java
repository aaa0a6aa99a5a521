package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;

public interface RefreshSessionUseCase {

    Refresh refresh(RefreshSessionCommand command);

    record RefreshSessionCommand(String refreshToken, CallContext context) {

        @Override
        public String toString() {
            return "RefreshSessionCommand[****]";
        }
    }

    sealed interface Refresh permits Refreshed, Rejected {
    }

    record Refreshed(SessionTokens tokens) implements Refresh {
    }

    record Rejected(Reason reason) implements Refresh {
    }

    /** In order of precedence. */
    enum Reason {
        UNKNOWN_TOKEN,
        /** An already-used refresh token came back: the session is revoked, since the token may be stolen. */
        REUSED_TOKEN,
        SESSION_REVOKED,
        SESSION_EXPIRED,
        PARTNER_SUSPENDED
    }
}
