package com.ledgerport.domain.shared;

import static com.ledgerport.domain.shared.UuidV7Testing.compareUnsigned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class UuidV7Properties {

    // 2017 to 2049: realistic readings, so the shared generator is not left far in the future for other tests.
    private static final long MILLIS_MIN = 1_500_000_000_000L;
    private static final long MILLIS_MAX = 2_500_000_000_000L;

    @Property(tries = 300)
    void ids_are_strictly_increasing_and_well_formed_whatever_the_clock_does(
            @ForAll("clockReadings") List<Long> readings) {
        UUID previous = UuidV7.next();
        for (long millis : readings) {
            UUID id = UuidV7.next(millis);
            UUID before = previous;
            assertTrue(compareUnsigned(before, id) < 0, () -> before + " then " + id + " at " + millis);
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            // Never earlier than the clock said; later only when the clock had gone back.
            assertTrue(UuidV7.epochMillis(id) >= millis);
            previous = id;
        }
    }

    @Property
    void an_id_made_after_the_clock_moved_forward_carries_that_reading(
            @ForAll @LongRange(min = 1, max = 10_000) long step) {
        long millis = UuidV7.epochMillis(UuidV7.next()) + step;

        assertEquals(millis, UuidV7.epochMillis(UuidV7.next(millis)));
    }

    @Property
    void parsing_the_canonical_text_gives_back_the_uuid(@ForAll long msb, @ForAll long lsb) {
        UUID uuid = new UUID(msb, lsb);

        assertEquals(uuid, UuidV7.parse(uuid.toString()));
        assertEquals(uuid, UuidV7.parse(uuid.toString().toUpperCase(Locale.ROOT)));
    }

    @Property
    void one_wrong_character_makes_the_text_invalid(@ForAll long msb, @ForAll long lsb,
            @ForAll @IntRange(min = 0, max = 35) int position, @ForAll("nonHexChars") char wrong) {
        String canonical = new UUID(msb, lsb).toString();
        String text = canonical.substring(0, position) + wrong + canonical.substring(position + 1);

        assertThrows(InvalidValueException.class, () -> UuidV7.parse(text));
    }

    @Property
    void arbitrary_text_is_rejected_with_the_domain_exception_or_read_exactly(@ForAll String text) {
        UUID parsed;
        try {
            parsed = UuidV7.parse(text);
        } catch (InvalidValueException rejected) {
            return;
        }
        assertEquals(text.toLowerCase(Locale.ROOT), parsed.toString());
    }

    /** Mostly small steps, forwards, backwards and none at all, with an occasional jump either way. */
    @Provide
    Arbitrary<List<Long>> clockReadings() {
        Arbitrary<Long> start = Arbitraries.longs().between(MILLIS_MIN, MILLIS_MAX);
        Arbitrary<Long> step = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.longs().between(-3, 3)),
                Tuple.of(1, Arbitraries.longs().between(-100_000, 100_000)));
        return Combinators.combine(start, step.list().ofMaxSize(200)).as((first, steps) -> {
            List<Long> readings = new ArrayList<>();
            long millis = first;
            readings.add(millis);
            for (long s : steps) {
                millis = Math.max(MILLIS_MIN, Math.min(MILLIS_MAX, millis + s));
                readings.add(millis);
            }
            return readings;
        });
    }

    /** Anything but an ASCII hex digit or the dash (Character.digit also accepts full-width digits). */
    @Provide
    Arbitrary<Character> nonHexChars() {
        return Arbitraries.chars().filter(c -> c != '-' && (Character.digit(c, 16) < 0 || c > 'f'));
    }
}
