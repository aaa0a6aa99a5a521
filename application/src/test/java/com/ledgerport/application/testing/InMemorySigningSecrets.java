package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemorySigningSecrets implements SigningSecrets {

    private final List<SigningSecret> secrets = new ArrayList<>();

    @Override
    public synchronized void add(SigningSecret secret) {
        secrets.add(secret);
    }

    @Override
    public synchronized void retire(PartnerId partnerId, Instant currentRetiresAt, Instant now) {
        for (int i = 0; i < secrets.size(); i++) {
            SigningSecret secret = secrets.get(i);
            if (!secret.partnerId().equals(partnerId)) {
                continue;
            }
            if (secret.retiresAt().isEmpty()) {
                secrets.set(i, withRetiresAt(secret, currentRetiresAt));
            } else if (secret.retiresAt().get().isAfter(now)) {
                secrets.set(i, withRetiresAt(secret, now));
            }
        }
    }

    @Override
    public synchronized List<SigningSecret> verifying(PartnerId partnerId, Instant now) {
        return secrets.stream()
                .filter(secret -> secret.partnerId().equals(partnerId) && secret.verifiesAt(now))
                .sorted(Comparator.comparing((SigningSecret secret) -> secret.id().value()).reversed())
                .limit(SigningSecret.VERIFYING_COUNT_MAX + 1L)
                .toList();
    }

    /** Everything stored, oldest first. */
    public synchronized List<SigningSecret> all() {
        return List.copyOf(secrets);
    }

    private static SigningSecret withRetiresAt(SigningSecret secret, Instant retiresAt) {
        return new SigningSecret(secret.id(), secret.partnerId(), secret.sealedValue(), secret.createdAt(),
                Optional.of(retiresAt));
    }
}
