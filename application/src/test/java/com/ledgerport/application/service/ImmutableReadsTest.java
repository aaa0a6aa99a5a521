package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImmutableReadsTest {

    final Map<Integer, Integer> reads = new HashMap<>();

    Optional<String> read(int key) {
        reads.merge(key, 1, Integer::sum);
        return key < 0 ? Optional.empty() : Optional.of("v" + key);
    }

    @Test
    void reads_a_present_value_once_and_an_absent_one_every_time() {
        ImmutableReads<Integer, String> memo = new ImmutableReads<>(10);

        assertEquals(Optional.of("v1"), memo.get(1, this::read));
        assertEquals(Optional.of("v1"), memo.get(1, this::read));
        assertEquals(Optional.empty(), memo.get(-1, this::read));
        assertEquals(Optional.empty(), memo.get(-1, this::read));

        assertEquals(Map.of(1, 1, -1, 2), reads);
    }

    @Test
    void starts_over_when_full() {
        ImmutableReads<Integer, String> memo = new ImmutableReads<>(2);
        memo.get(1, this::read);
        memo.get(2, this::read);
        memo.get(3, this::read);
        memo.get(3, this::read);
        memo.get(1, this::read);

        assertEquals(Map.of(1, 2, 2, 1, 3, 1), reads);
    }
}
