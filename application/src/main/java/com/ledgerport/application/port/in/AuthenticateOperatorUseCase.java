package com.ledgerport.application.port.in;

/** Checks an operator bearer token against the configured token or the digest stored on first start. */
public interface AuthenticateOperatorUseCase {

    OperatorAuthentication authenticate(AuthenticateOperatorCommand command);

    record AuthenticateOperatorCommand(String token) {
    }

    enum OperatorAuthentication {
        AUTHENTICATED,
        REJECTED
    }
}
