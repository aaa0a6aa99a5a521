package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.UnitOfWork;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
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
}
