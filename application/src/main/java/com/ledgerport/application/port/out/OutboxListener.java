package com.ledgerport.application.port.out;

/**
 * Told after a transaction that appended events has committed, on the node that committed it, so that delivery
 * can start at once instead of at the next poll. Other nodes find the events by polling.
 */
public interface OutboxListener {

    void eventsCommitted();
}
