package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.in.ForgetCredentialsUseCase;
import com.ledgerport.application.port.out.CredentialRevocations;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-node credential invalidation over PostgreSQL {@code LISTEN/NOTIFY}.
 *
 * <p>Announcing: {@code pg_notify} on a short autocommit connection, called after the changing transaction
 * committed (notifying inside a busy transaction would take PostgreSQL's global notify lock at commit).
 * Listening: one daemon thread per node holds a connection that {@code LISTEN}s and waits for notifications
 * at most {@link #POLL} at a time, so another node's revocation is forgotten here well within a second. When
 * the listening connection breaks, announcements may have been missed, so the node forgets everything it
 * cached and listens again.
 *
 * <p>On H2 there is one node by construction (the file database is locked by its process): announcing does
 * nothing, and the announcing node has already forgotten the change locally.
 */
@Context
final class CredentialAnnouncements implements CredentialRevocations {

    static final String CHANNEL = "ledgerport_credentials";
    static final Duration POLL = Duration.ofMillis(200);
    static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(CredentialAnnouncements.class);

    private final DataSource pool;
    private final ForgetCredentialsUseCase forget;
    private volatile boolean postgres;
    private volatile boolean running;
    private Thread listener;

    CredentialAnnouncements(DataSource dataSource, ForgetCredentialsUseCase forget) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.forget = forget;
    }

    @PostConstruct
    void start() {
        try (Connection connection = pool.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot reach the database to set up credential announcements",
                    unreachable);
        }
        if (!postgres) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "ledgerport-credential-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void announce(CredentialChange change) {
        if (!postgres) {
            return;
        }
        try (Connection connection = pool.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            connection.setAutoCommit(true);
            notify.setString(1, CHANNEL);
            notify.setString(2, change.encode());
            notify.execute();
        } catch (SQLException failed) {
            // The change is committed and forgotten here; other nodes fall back to their cache lifetime.
            LOG.warn("could not announce credential change {} to other nodes", change.encode(), failed);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Anything announced before LISTEN took effect may have been missed.
                forget.forgetAll();
                try {
                    receive(connection.unwrap(PGConnection.class));
                } finally {
                    unlisten(connection);
                }
            } catch (SQLException | RuntimeException broken) {
                if (running) {
                    LOG.warn("credential listener lost its connection; forgetting cached credentials", broken);
                    forget.forgetAll();
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
                    forget(notification.getParameter());
                }
            }
        }
    }

    /** The connection goes back to the pool: it must not keep collecting notifications for its next user. */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException brokenAnyway) {
            // A broken connection is evicted by the pool.
        }
    }

    private void forget(String payload) {
        try {
            forget.forget(CredentialChange.decode(payload));
        } catch (InvalidValueException | IllegalArgumentException unreadable) {
            forget.forgetAll();
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

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
