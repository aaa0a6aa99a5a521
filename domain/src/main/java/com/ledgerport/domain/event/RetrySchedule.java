package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.Require;
import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code initialDelay × 2^(retry−1)}, each delay drawn at random from its
 * upper half (jitter, so that many deliveries failing together do not return together), at most
 * {@link #RETRIES_MAX} retries after the first attempt. Because each delay's lower bound is the previous one's upper
 * bound, delays never shrink from one retry to the next.
 */
public record RetrySchedule(Duration initialDelay) {

    /** Retries after the first attempt (seed 002: "retried up to 5 times"). */
    public static final int RETRIES_MAX = 5;
    public static final int ATTEMPTS_MAX = RETRIES_MAX + 1;
    public static final Duration INITIAL_DELAY_MAX = Duration.ofHours(1);

    public RetrySchedule {
        Require.present(initialDelay, "initial delay");
        Require.that(!initialDelay.isNegative() && !initialDelay.isZero(), "the initial delay must be positive");
        Require.that(initialDelay.compareTo(INITIAL_DELAY_MAX) <= 0, "the initial delay is at most an hour");
    }

    /** Whether another attempt follows the {@code attempts} already made in this round. */
    public boolean retriesAfter(int attempts) {
        return attempts < ATTEMPTS_MAX;
    }

    /**
     * The delay before retry number {@code retry} (1 … {@link #RETRIES_MAX}); {@code unit} in [0, 1) is the random
     * draw, passed in so that the schedule stays a pure function.
     */
    public Duration delayBefore(int retry, double unit) {
        Require.that(retry >= 1 && retry <= RETRIES_MAX, "retry out of range");
        Require.that(unit >= 0 && unit < 1, "the draw must be in [0, 1)");
        long ceiling = initialDelay.toMillis() << (retry - 1);
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (long) (unit * half));
    }

    /** The longest delay retry {@code retry} can wait. */
    public Duration ceilingBefore(int retry) {
        return Duration.ofMillis(initialDelay.toMillis() << (retry - 1));
    }
}
