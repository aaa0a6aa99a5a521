package com.ledgerport.domain.shared;

import static com.ledgerport.domain.shared.UuidV7Testing.RAND_B_MAX;
import static com.ledgerport.domain.shared.UuidV7Testing.VARIANT_BITS;
import static com.ledgerport.domain.shared.UuidV7Testing.compareUnsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidV7Test {

    @Test
    void a_generated_id_has_version_7_and_the_rfc_variant() {
        UUID id = UuidV7.next();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void an_id_carries_the_wall_clock_millisecond() {
        UuidV7Testing.setLast(0, 0); // other tests may have left the generator ahead of the wall clock
        long before = System.currentTimeMillis();

        UUID id = UuidV7.next();

        long after = System.currentTimeMillis();
        assertTrue(UuidV7.epochMillis(id) >= before && UuidV7.epochMillis(id) <= after, id::toString);
    }

    @Test
    void epoch_millis_returns_the_millisecond_the_id_was_made_in() {
        long later = UuidV7.epochMillis(UuidV7.next()) + 1_000;

        assertEquals(later, UuidV7.epochMillis(UuidV7.next(later)));
    }

    @Test
    void many_ids_in_the_same_millisecond_are_strictly_increasing() {
        long millis = UuidV7.epochMillis(UuidV7.next()) + 1;
        UUID previous = UuidV7.next(millis);
        for (int i = 0; i < 100_000; i++) {
            UUID id = UuidV7.next(millis);
            UUID before = previous;
            assertTrue(compareUnsigned(before, id) < 0, () -> before + " then " + id);
            assertEquals(millis, UuidV7.epochMillis(id));
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            previous = id;
        }
    }

    @Test
    void a_clock_going_backwards_still_yields_increasing_ids() {
        long millis = UuidV7.epochMillis(UuidV7.next()) + 1_000;
        UUID first = UuidV7.next(millis);

        UUID afterStepBack = UuidV7.next(millis - 1_000);
        UUID afterSmallStepBack = UuidV7.next(millis - 1);

        assertTrue(compareUnsigned(first, afterStepBack) < 0);
        assertTrue(compareUnsigned(afterStepBack, afterSmallStepBack) < 0);
        // The id keeps the later timestamp rather than travel back with the clock.
        assertEquals(millis, UuidV7.epochMillis(afterSmallStepBack));
        assertEquals(7, afterSmallStepBack.version());
    }

    @Test
    void a_full_rand_b_carries_into_rand_a() {
        long millis = UuidV7.epochMillis(UuidV7.next()) + 1_000;
        UuidV7Testing.setLast((millis << 16) | 0x7000L | 0x123L, VARIANT_BITS | RAND_B_MAX);

        UUID id = UuidV7.next(millis);

        assertEquals((millis << 16) | 0x7000L | 0x124L, id.getMostSignificantBits());
        assertEquals(VARIANT_BITS, id.getLeastSignificantBits());
    }

    @Test
    void a_full_rand_a_and_rand_b_carry_into_the_timestamp() {
        long millis = UuidV7.epochMillis(UuidV7.next()) + 1_000;
        UUID last = new UUID((millis << 16) | 0x7FFFL, VARIANT_BITS | RAND_B_MAX);
        UuidV7Testing.setLast(last.getMostSignificantBits(), last.getLeastSignificantBits());

        UUID id = UuidV7.next(millis);

        assertTrue(compareUnsigned(last, id) < 0);
        assertEquals(millis + 1, UuidV7.epochMillis(id));
        assertEquals(((millis + 1) << 16) | 0x7000L, id.getMostSignificantBits());
        assertEquals(VARIANT_BITS, id.getLeastSignificantBits());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void ids_made_on_several_threads_at_once_are_all_different() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ids.add(UuidV7.next());
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, ids.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01890a5d-ac96-774b-bcce-b302099a8057",
        "01890A5D-AC96-774B-BCCE-B302099A8057",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    })
    void parses_a_canonical_uuid(String text) {
        assertEquals(UUID.fromString(text), UuidV7.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not-a-uuid",
        "01890a5d-ac96-774b-bcce-b302099a805",
        "01890a5d-ac96-774b-bcce-b302099a80577",
        "+0000000-0000-0000-0000-000000000000",
        "-0000000-0000-0000-0000-000000000000",
        "01890a5d-ac96-774b-bcce-b302099a805g",
        "01890a5dac96774bbcceb302099a8057",
        "{01890a5d-ac96-774b-bcce-b302099a8057}",
        " 01890a5d-ac96-774b-bcce-b302099a8057",
        "1-1-1-1-1",
        "01890a5d-ac96-774b-bcce_b302099a8057",
        "０1890a5d-ac96-774b-bcce-b302099a8057",
    })
    void rejects_anything_but_a_canonical_uuid(String text) {
        assertThrows(InvalidValueException.class, () -> UuidV7.parse(text));
    }

    @Test
    void refuses_a_missing_text() {
        assertThrows(NullPointerException.class, () -> UuidV7.parse(null));
    }
}
