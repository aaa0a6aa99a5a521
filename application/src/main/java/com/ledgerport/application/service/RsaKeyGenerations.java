package com.ledgerport.application.service;

import com.ledgerport.domain.access.RsaKeyPairs;
import java.util.Optional;
import java.util.function.Supplier;

/** Seed 003 reports a failed key generation as {@code key_generation_failed}, not as a generic 500. */
final class RsaKeyGenerations {

    private RsaKeyGenerations() {
    }

    /** The pair, or empty when the JDK could not make one (no RSA provider, entropy failure). */
    static Optional<RsaKeyPairs.Generated> attempt(Supplier<RsaKeyPairs.Generated> keyPairs) {
        try {
            return Optional.of(keyPairs.get());
        } catch (IllegalStateException | SecurityException failed) {
            return Optional.empty();
        }
    }
}
