package com.ledgerport.adapter.out.persistence;

import com.ledgerport.domain.shared.SecretBox;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Stands in for bootstrap in this module's suites: one random secrets key per application context. */
@Factory
final class TestSecretBox {

    @Singleton
    SecretBox secretBox() {
        return new SecretBox(SecretBox.generateKey());
    }
}
