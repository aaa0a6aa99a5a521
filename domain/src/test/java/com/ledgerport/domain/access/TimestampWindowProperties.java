package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.domain.access.TimestampWindow.Freshness;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class TimestampWindowProperties {

    @Property
    void fresh_exactly_when_the_whole_seconds_are_at_most_300_apart(
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long nowSeconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
            @ForAll @LongRange(min = -1_000, max = 1_000) long offset) {
        Instant now = Instant.ofEpochSecond(nowSeconds, nanos);
        Instant stamped = Instant.ofEpochSecond(nowSeconds + offset);

        Freshness expected = offset < -300 ? Freshness.EXPIRED : offset > 300 ? Freshness.FUTURE : Freshness.FRESH;
        assertEquals(expected, TimestampWindow.SEEDS.check(stamped, now));
    }

    @Property
    void a_fresh_request_is_fresh_before_its_replay_guard_expires(
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long stampedSeconds,
            @ForAll @LongRange(min = -400, max = 400) long age) {
        Instant stamped = Instant.ofEpochSecond(stampedSeconds);
        Instant now = stamped.plusSeconds(age);

        if (TimestampWindow.SEEDS.check(stamped, now) == Freshness.FRESH) {
            assertEquals(true, now.isBefore(TimestampWindow.SEEDS.freshUntil(stamped)));
        }
    }
}
