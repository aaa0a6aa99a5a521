package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryApiKeys implements ApiKeys {

    private final TreeMap<Long, ApiKey> keys = new TreeMap<>();
    private long nextId = 1;
    private int touches;

    @Override
    public synchronized ApiKey add(NewApiKey key) {
        if (keys.values().stream().anyMatch(existing -> existing.publicKey().equals(key.publicKey()))) {
            throw new IllegalStateException("duplicate public key");
        }
        ApiKey stored = new ApiKey(new ApiKeyId(nextId++), key.partnerId(), key.name(), key.publicKey(),
                key.secretDigest(), key.mode(), key.createdAt(), key.expiresAt(), Optional.empty(), Optional.empty());
        keys.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<ApiKey> find(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id.value()));
    }

    @Override
    public synchronized Optional<ApiKey> findByPublicKey(String publicKey) {
        return keys.values().stream().filter(key -> key.publicKey().equals(publicKey)).findFirst();
    }

    @Override
    public synchronized List<ApiKey> listByPartner(PartnerId partnerId) {
        return keys.values().stream().filter(key -> key.partnerId().equals(partnerId))
                .sorted(Comparator.comparingLong((ApiKey key) -> key.id().value()).reversed())
                .limit(LIST_SIZE_MAX).toList();
    }

    @Override
    public synchronized int countActive(PartnerId partnerId, Instant now) {
        return (int) keys.values().stream().filter(key -> key.partnerId().equals(partnerId) && key.isActiveAt(now))
                .count();
    }

    @Override
    public synchronized boolean revoke(ApiKeyId id, Instant now) {
        ApiKey key = keys.get(id.value());
        if (key == null || key.revokedAt().isPresent()) {
            return false;
        }
        keys.put(id.value(), new ApiKey(key.id(), key.partnerId(), key.name(), key.publicKey(), key.secretDigest(),
                key.mode(), key.createdAt(), key.expiresAt(), Optional.of(now), key.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized void touch(ApiKeyId id, Instant now) {
        ApiKey key = keys.get(id.value());
        if (key != null && key.lastUseIsStaleAt(now)) {
            touches++;
            keys.put(id.value(), new ApiKey(key.id(), key.partnerId(), key.name(), key.publicKey(),
                    key.secretDigest(), key.mode(), key.createdAt(), key.expiresAt(), key.revokedAt(),
                    Optional.of(now)));
        }
    }

    public synchronized int touches() {
        return touches;
    }
}
