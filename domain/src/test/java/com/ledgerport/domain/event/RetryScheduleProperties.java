package com.ledgerport.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RetryScheduleProperties {

    @Property
    void each_delay_lies_in_the_upper_half_of_its_doubling_ceiling(@ForAll @LongRange(min = 1, max = 3_600_000) long ms,
            @ForAll @IntRange(min = 1, max = RetrySchedule.RETRIES_MAX) int retry,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double unit) {
        RetrySchedule schedule = new RetrySchedule(Duration.ofMillis(ms));
        Duration delay = schedule.delayBefore(retry, unit);
        Duration ceiling = Duration.ofMillis(ms).multipliedBy(1L << (retry - 1));
        assertEquals(ceiling, schedule.ceilingBefore(retry));
        assertTrue(delay.compareTo(ceiling) <= 0, delay + " above " + ceiling);
        assertTrue(delay.multipliedBy(2).compareTo(ceiling.minusMillis(1)) >= 0, delay + " below half of " + ceiling);
    }

    @Property
    void a_later_retry_never_waits_less_than_an_earlier_one(@ForAll @LongRange(min = 2, max = 3_600_000) long ms,
            @ForAll @IntRange(min = 1, max = RetrySchedule.RETRIES_MAX - 1) int retry,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double earlier,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double later) {
        RetrySchedule schedule = new RetrySchedule(Duration.ofMillis(ms));
        assertTrue(schedule.delayBefore(retry + 1, later).compareTo(schedule.delayBefore(retry, earlier)) >= 0);
    }

    @Test
    void five_retries_follow_the_first_attempt_and_no_more() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30));
        for (int attempts = 1; attempts <= 5; attempts++) {
            assertTrue(schedule.retriesAfter(attempts));
        }
        assertFalse(schedule.retriesAfter(6));
        assertThrows(InvalidValueException.class, () -> schedule.delayBefore(6, 0.5));
    }

    @Test
    void refuses_a_zero_negative_or_huge_first_delay() {
        assertThrows(InvalidValueException.class, () -> new RetrySchedule(Duration.ZERO));
        assertThrows(InvalidValueException.class, () -> new RetrySchedule(Duration.ofSeconds(-1)));
        assertThrows(InvalidValueException.class, () -> new RetrySchedule(Duration.ofHours(2)));
    }
}
