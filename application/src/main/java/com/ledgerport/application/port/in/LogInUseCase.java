package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.audit.CallContext;

public interface LogInUseCase {

    LogIn logIn(LogInCommand command);

    /** @param username the member's email as typed; it is normalised, and a malformed one simply fails */
    record LogInCommand(String username, Password password, String userAgent, CallContext context) {
    }

    sealed interface LogIn permits LoggedIn, Rejected {
    }

    record LoggedIn(SessionTokens tokens, Session session) implements LogIn {
    }

    record Rejected(Reason reason) implements LogIn {
    }

    enum Reason {
        WRONG_CREDENTIALS,
        PARTNER_SUSPENDED
    }
}
