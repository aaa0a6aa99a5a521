package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AuthenticateOperatorUseCase;
import com.ledgerport.application.port.out.OperatorCredentials;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.SecretToken;
import java.util.Optional;

/**
 * The configured operator token wins; without one, the digest stored on first start is the only valid token.
 * The stored digest never changes once written, so it is read from storage once and then kept.
 */
public final class AuthenticateOperatorService implements AuthenticateOperatorUseCase {

    private final Optional<String> configuredDigest;
    private final OperatorCredentials credentials;
    private final UnitOfWork unitOfWork;
    private volatile String storedDigest;

    public AuthenticateOperatorService(Optional<String> configuredToken, OperatorCredentials credentials,
            UnitOfWork unitOfWork) {
        this.configuredDigest = configuredToken.filter(token -> !token.isBlank()).map(SecretToken::digest);
        this.credentials = credentials;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public OperatorAuthentication authenticate(AuthenticateOperatorCommand command) {
        String token = command.token();
        if (token == null || token.isEmpty() || token.length() > SecretToken.PRESENTED_LENGTH_MAX) {
            return OperatorAuthentication.REJECTED;
        }
        Optional<String> expected = configuredDigest.or(this::storedDigest);
        boolean matches = expected.map(digest -> SecretToken.sameDigest(digest, SecretToken.digest(token)))
                .orElse(false);
        return matches ? OperatorAuthentication.AUTHENTICATED : OperatorAuthentication.REJECTED;
    }

    private Optional<String> storedDigest() {
        String cached = storedDigest;
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> loaded = unitOfWork.read(credentials::storedDigest);
        loaded.ifPresent(digest -> storedDigest = digest);
        return loaded;
    }
}
