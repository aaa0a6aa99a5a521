package com.ledgerport.application.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A node-local memo of reads whose answer never changes once it exists — an immutable catalog product, the id of a
 * partner's balance account — so that a hot path reads each one from the database once. Bounded: when full it
 * starts over. An absence is never remembered (the thing may be added later).
 */
final class ImmutableReads<K, V> {

    private final int capacity;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    ImmutableReads(int capacity) {
        this.capacity = capacity;
    }

    Optional<V> get(K key, Function<K, Optional<V>> read) {
        V value = known.get(key);
        if (value != null) {
            return Optional.of(value);
        }
        Optional<V> found = read.apply(key);
        found.ifPresent(present -> {
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(key, present);
        });
        return found;
    }
}
