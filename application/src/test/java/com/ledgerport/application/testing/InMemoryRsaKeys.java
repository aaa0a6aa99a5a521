package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryRsaKeys implements RsaKeys {

    private final List<RsaKey> keys = new ArrayList<>();

    @Override
    public synchronized boolean add(RsaKey key) {
        boolean duplicate = keys.stream().anyMatch(existing -> existing.partnerId().equals(key.partnerId())
                && existing.publicKey().equals(key.publicKey()));
        if (duplicate) {
            return false;
        }
        keys.add(key);
        return true;
    }

    @Override
    public synchronized List<RsaKey> verifying(PartnerId partnerId, Instant now, int limit) {
        return keys.stream()
                .filter(key -> key.partnerId().equals(partnerId) && key.verifiesAt(now))
                .sorted(Comparator.comparing((RsaKey key) -> key.id().value()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int retire(PartnerId partnerId, Instant activeRetiresAt, Instant now) {
        int active = 0;
        for (int i = 0; i < keys.size(); i++) {
            RsaKey key = keys.get(i);
            if (!key.partnerId().equals(partnerId)) {
                continue;
            }
            if (key.retiresAt().isEmpty()) {
                keys.set(i, withRetiresAt(key, activeRetiresAt));
                active++;
            } else if (key.retiresAt().get().isAfter(now)) {
                keys.set(i, withRetiresAt(key, now));
            }
        }
        return active;
    }

    public synchronized List<RsaKey> all() {
        return List.copyOf(keys);
    }

    private static RsaKey withRetiresAt(RsaKey key, Instant retiresAt) {
        return new RsaKey(key.id(), key.partnerId(), key.publicKey(), key.origin(), key.createdAt(),
                Optional.of(retiresAt));
    }
}
