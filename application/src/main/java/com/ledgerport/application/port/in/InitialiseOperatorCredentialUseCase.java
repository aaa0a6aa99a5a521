package com.ledgerport.application.port.in;

import java.util.Optional;

/**
 * First start: when no operator token is configured and none is stored yet, generate one, store its digest
 * and hand the clear token back exactly once so that it can be printed.
 */
public interface InitialiseOperatorCredentialUseCase {

    Optional<String> initialise(InitialiseOperatorCredentialCommand command);

    /** @param configuredToken the token from configuration, when the operator set one */
    record InitialiseOperatorCredentialCommand(Optional<String> configuredToken) {
    }
}
