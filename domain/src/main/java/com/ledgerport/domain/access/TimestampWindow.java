package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * How far a client's request timestamp may be from the server clock: both signature schemes (002's
 * {@code X-Timestamp}, 003's {@code timestamp}) accept ±300 s.
 *
 * <p>The comparison is in whole Unix seconds, as in the seeds' own reference check
 * {@code abs(time() - timestamp) > 300}: exactly 300 s away is still fresh.
 */
public record TimestampWindow(Duration tolerance) {

    public static final long TOLERANCE_SECONDS = 300;
    public static final long TOLERANCE_SECONDS_MAX = 3_600;
    /** The window of both seeds. */
    public static final TimestampWindow SEEDS = new TimestampWindow(Duration.ofSeconds(TOLERANCE_SECONDS));

    public TimestampWindow {
        Require.present(tolerance, "tolerance");
        Require.that(!tolerance.isNegative(), "tolerance must not be negative");
        Require.that(tolerance.getSeconds() <= TOLERANCE_SECONDS_MAX,
                "tolerance must be at most " + TOLERANCE_SECONDS_MAX + " s");
        Require.that(tolerance.getNano() == 0, "tolerance is in whole seconds");
    }

    /** In order of precedence of the reasons a signature check reports. */
    public enum Freshness {
        FRESH,
        EXPIRED,
        FUTURE
    }

    public Freshness check(Instant stamped, Instant now) {
        Require.present(stamped, "timestamp");
        Require.present(now, "now");
        long ageSeconds = now.getEpochSecond() - stamped.getEpochSecond();
        if (ageSeconds > tolerance.getSeconds()) {
            return Freshness.EXPIRED;
        }
        if (-ageSeconds > tolerance.getSeconds()) {
            return Freshness.FUTURE;
        }
        return Freshness.FRESH;
    }

    /**
     * The first instant at which a request stamped {@code stamped} is no longer fresh: a replay guard must
     * remember the request until then, and may forget it afterwards.
     */
    public Instant freshUntil(Instant stamped) {
        return Instant.ofEpochSecond(stamped.getEpochSecond()).plus(tolerance).plusSeconds(1);
    }
}
