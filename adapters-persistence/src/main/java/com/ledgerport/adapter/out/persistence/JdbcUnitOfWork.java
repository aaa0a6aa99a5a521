package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.UnitOfWork;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A unit of work is one JDBC transaction at READ COMMITTED (both databases' default). Nested calls join the
 * outer transaction. Correctness under concurrency comes from the statements themselves (row locks,
 * compare-and-set updates, {@code ON CONFLICT DO NOTHING}), not from a stricter isolation level.
 */
@Singleton
final class JdbcUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;

    JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> work.get());
    }

    @Override
    public void afterCommit(Runnable action) {
        Optional<? extends TransactionStatus<?>> current = transactions.findTransactionStatus();
        if (current.isEmpty()) {
            action.run();
            return;
        }
        current.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
