package com.ledgerport.adapter.out.persistence;

import jakarta.inject.Singleton;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * On H2 (one node, one process) the event stream is ordered by stream position alone, and positions are
 * drawn before their transactions commit, in an order that commits need not follow. This remembers the
 * positions whose transactions are still open: a reader hands out only positions below the smallest of them,
 * so it never passes a position that could still commit. (PostgreSQL gets the same from transaction ids and
 * {@code pg_snapshot_xmin}, across nodes.)
 */
@Singleton
final class H2StreamHorizon {

    /** Open positions, counted (a position is drawn once, but a map keeps removal cheap). */
    private final TreeMap<Long, Integer> open = new TreeMap<>();

    /** Draws a position and marks it open, atomically with respect to {@link #safeBelow()}. */
    synchronized long draw(LongSupplier nextPosition) {
        long position = nextPosition.getAsLong();
        open.merge(position, 1, Integer::sum);
        return position;
    }

    synchronized void closed(long position) {
        open.computeIfPresent(position, (key, count) -> count == 1 ? null : count - 1);
    }

    /** Every position below this one is committed or rolled back. */
    synchronized long safeBelow() {
        return open.isEmpty() ? Long.MAX_VALUE : open.firstKey();
    }
}
