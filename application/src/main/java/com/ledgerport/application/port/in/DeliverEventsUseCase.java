package com.ledgerport.application.port.in;

import java.time.Duration;

/**
 * Driven by one delivery thread per node: waits until events may have committed (or a poll interval passed),
 * then hands the committed events to the node's subscribers. {@link #committed()} is the wake-up: called
 * after a local commit that appended events, and when another node announces one.
 */
public interface DeliverEventsUseCase {

    void committed();

    /** Waits at most {@code timeout} for a wake-up; true when one came. */
    boolean awaitCommitted(Duration timeout) throws InterruptedException;

    /** Reads and delivers one batch; returns how many events it read (0 when caught up). */
    int deliverCommitted();
}
