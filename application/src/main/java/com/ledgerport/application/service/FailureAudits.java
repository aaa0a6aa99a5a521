package com.ledgerport.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed uses of one credential get an audit record: at most {@link #PER_MINUTE_MAX} a minute per
 * credential. A public key is not secret, so without a bound anyone could fill the audit log by presenting it
 * with wrong secrets; the first failures of every minute are still recorded, which is what an investigation
 * needs. The table is bounded by {@link #CREDENTIALS_MAX} and emptied beyond it.
 */
public final class FailureAudits {

    public static final int PER_MINUTE_MAX = 10;
    public static final int CREDENTIALS_MAX = 10_000;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(Instant start, int count) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FailureAudits(Clock clock) {
        this.clock = clock;
    }

    /** Counts a failure of the credential; answers whether this one should be audited. */
    boolean shouldAudit(String credential) {
        Instant now = clock.instant();
        if (windows.size() >= CREDENTIALS_MAX) {
            windows.clear();
        }
        Window window = windows.compute(credential, (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return window.count() <= PER_MINUTE_MAX;
    }
}
