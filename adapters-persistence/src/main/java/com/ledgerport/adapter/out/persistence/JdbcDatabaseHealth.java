package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.DatabaseHealth;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Asks the pool for a connection and validates it, bounded by the timeout even when the pool itself would
 * wait longer for a dead server. One probe runs at a time on its own thread; concurrent health checks share
 * it, so a flood of health requests against a dead database cannot pile up blocked threads.
 */
@Singleton
final class JdbcDatabaseHealth implements DatabaseHealth {

    private final DataSource dataSource;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledgerport-db-health");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CompletableFuture<Boolean>> inFlight = new AtomicReference<>();

    JdbcDatabaseHealth(DataSource dataSource) {
        // The injected DataSource only hands out the current transaction's connection; probe the pool itself.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public boolean isReachable(Duration timeout) {
        CompletableFuture<Boolean> probe = inFlight.updateAndGet(current -> current != null && !current.isDone()
                ? current
                : CompletableFuture.supplyAsync(() -> probe(timeout), prober));
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrFailed) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean probe(Duration timeout) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException unreachable) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        prober.shutdownNow();
    }
}
