package com.ledgerport.application.service;

import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase;
import com.ledgerport.application.port.out.OperatorCredentials;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.SecretToken;
import java.time.Clock;
import java.util.Optional;

public final class InitialiseOperatorCredentialService implements InitialiseOperatorCredentialUseCase {

    static final String TOKEN_PREFIX = "lp_op_";

    private final OperatorCredentials credentials;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public InitialiseOperatorCredentialService(OperatorCredentials credentials, UnitOfWork unitOfWork,
            Clock clock) {
        this.credentials = credentials;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Optional<String> initialise(InitialiseOperatorCredentialCommand command) {
        if (command.configuredToken().filter(token -> !token.isBlank()).isPresent()) {
            return Optional.empty();
        }
        String token = SecretToken.generate(TOKEN_PREFIX);
        // Two nodes starting together on one empty database race here; only the one that stores wins.
        boolean stored = unitOfWork.write(() -> credentials.storeIfAbsent(SecretToken.digest(token), clock.instant()));
        return stored ? Optional.of(token) : Optional.empty();
    }
}
