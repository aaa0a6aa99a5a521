package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * Runs the work directly and counts the units, for application tests. In-memory adapters apply each write
 * at once, so unlike the JDBC adapter a failing unit keeps what it wrote before failing; tests that need
 * rollback belong to the persistence suite.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private int writes;
    private int reads;

    @Override
    public synchronized <T> T write(Supplier<T> work) {
        writes++;
        return work.get();
    }

    @Override
    public synchronized <T> T read(Supplier<T> work) {
        reads++;
        return work.get();
    }

    public int writes() {
        return writes;
    }

    public int reads() {
        return reads;
    }
}
