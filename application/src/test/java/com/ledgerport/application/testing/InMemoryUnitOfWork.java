package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work directly and counts the units, for application tests. After-commit actions run when the
 * outermost unit returns normally, and are dropped when it throws — as with a real transaction. In-memory
 * adapters apply each write at once, so unlike the JDBC adapter a failing unit keeps what it wrote before
 * failing; tests that need rollback belong to the persistence suite.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private int writes;
    private int reads;
    private int depth;
    private final List<Runnable> afterCommit = new ArrayList<>();

    @Override
    public synchronized <T> T write(Supplier<T> work) {
        writes++;
        return run(work);
    }

    @Override
    public synchronized <T> T read(Supplier<T> work) {
        reads++;
        return run(work);
    }

    @Override
    public synchronized void afterCommit(Runnable action) {
        if (depth == 0) {
            action.run();
        } else {
            afterCommit.add(action);
        }
    }

    private <T> T run(Supplier<T> work) {
        depth++;
        boolean committed = false;
        try {
            T result = work.get();
            committed = true;
            return result;
        } finally {
            depth--;
            if (depth == 0) {
                List<Runnable> actions = List.copyOf(afterCommit);
                afterCommit.clear();
                if (committed) {
                    actions.forEach(Runnable::run);
                }
            }
        }
    }

    public int writes() {
        return writes;
    }

    public int reads() {
        return reads;
    }
}
