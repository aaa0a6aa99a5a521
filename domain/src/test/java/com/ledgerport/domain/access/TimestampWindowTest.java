package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.access.TimestampWindow.Freshness;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.750Z");

    @ParameterizedTest(name = "{0} s from now -> {1}")
    @CsvSource({"0, FRESH", "-300, FRESH", "300, FRESH", "-301, EXPIRED", "301, FUTURE", "-86400, EXPIRED",
        "86400, FUTURE"})
    void accepts_exactly_300_seconds_either_way_in_whole_seconds(long offset, Freshness expected) {
        Instant stamped = Instant.ofEpochSecond(NOW.getEpochSecond() + offset);

        assertEquals(expected, TimestampWindow.SEEDS.check(stamped, NOW));
    }

    @Test
    void a_request_stays_fresh_until_the_second_after_its_window() {
        Instant stamped = Instant.ofEpochSecond(NOW.getEpochSecond());
        Instant until = TimestampWindow.SEEDS.freshUntil(stamped);

        assertEquals(Freshness.FRESH, TimestampWindow.SEEDS.check(stamped, until.minusNanos(1)));
        assertEquals(Freshness.EXPIRED, TimestampWindow.SEEDS.check(stamped, until));
    }

    @Test
    void refuses_unreasonable_tolerances() {
        assertThrows(InvalidValueException.class, () -> new TimestampWindow(Duration.ofSeconds(-1)));
        assertThrows(InvalidValueException.class, () -> new TimestampWindow(Duration.ofHours(2)));
        assertThrows(InvalidValueException.class, () -> new TimestampWindow(Duration.ofMillis(1500)));
    }
}
