package com.ledgerport.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread holding a pooled PostgreSQL connection that {@code LISTEN}s on a channel and waits for
 * notifications at most {@link #POLL} at a time. Whenever it (re)starts listening it calls {@code onGap}:
 * whatever was notified while it was not listening is lost. A broken connection is given back and the thread
 * listens again after {@link #RECONNECT_DELAY}. The connection is {@code UNLISTEN}ed before it returns to the
 * pool, so that its next user does not collect notifications.
 */
final class PgListener {

    static final Duration POLL = Duration.ofMillis(200);
    static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PgListener.class);

    private final DataSource pool;
    private final String channel;
    private final Consumer<String> onNotification;
    private final Runnable onGap;
    private volatile boolean running;
    private Thread thread;

    PgListener(DataSource pool, String channel, Consumer<String> onNotification, Runnable onGap) {
        this.pool = pool;
        this.channel = channel;
        this.onNotification = onNotification;
        this.onGap = onGap;
    }

    void start(String threadName) {
        running = true;
        thread = new Thread(this::listen, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                onGap.run(); // anything notified before LISTEN took effect may have been missed
                try {
                    receive(connection.unwrap(PGConnection.class));
                } finally {
                    unlisten(connection);
                }
            } catch (SQLException | RuntimeException broken) {
                if (running) {
                    LOG.warn("listener on {} lost its connection; listening again", channel, broken);
                    onGap.run();
                    pause();
                }
            }
        }
    }

    private void receive(PGConnection notifications) throws SQLException {
        while (running) {
            PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
            if (received != null) {
                for (PGNotification notification : received) {
                    onNotification.accept(notification.getParameter());
                }
            }
        }
    }

    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException brokenAnyway) {
            // A broken connection is evicted by the pool.
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
