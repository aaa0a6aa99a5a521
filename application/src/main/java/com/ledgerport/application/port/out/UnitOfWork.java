package com.ledgerport.application.port.out;

import java.util.function.Supplier;

/**
 * One database transaction around a piece of application work: everything the work writes through the
 * outbound ports commits together or not at all. Implemented by the persistence adapter.
 */
public interface UnitOfWork {

    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    /**
     * Runs {@code action} once the current transaction has committed (never when it rolls back): the place
     * for effects outside the database, such as telling other nodes that a credential was revoked. Outside
     * a transaction it runs at once.
     */
    void afterCommit(Runnable action);
}
