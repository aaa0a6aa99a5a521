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
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-node credential invalidation over PostgreSQL {@code LISTEN/NOTIFY}.
 *
 * <p>Announcing: {@code pg_notify} on a short autocommit connection, called after the changing transaction
 * committed (notifying inside a busy transaction would take PostgreSQL's global notify lock at commit).
 * Listening: one daemon thread per node holds a connection that {@code LISTEN}s and waits for notifications
 * at most {@link PgListener#POLL} at a time, so another node's revocation is forgotten here well within a second. When
 * the listening connection breaks, announcements may have been missed, so the node forgets everything it
 * cached and listens again.
 *
 * <p>On H2 there is one node by construction (the file database is locked by its process): announcing does
 * nothing, and the announcing node has already forgotten the change locally.
 */
@Context
final class CredentialAnnouncements implements CredentialRevocations {

    static final String CHANNEL = "ledgerport_credentials";
    private static final Logger LOG = LoggerFactory.getLogger(CredentialAnnouncements.class);

    private final DataSource pool;
    private final ForgetCredentialsUseCase forget;
    private volatile boolean postgres;
    private PgListener listener;

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
        listener = new PgListener(pool, CHANNEL, this::forget, forget::forgetAll);
        listener.start("ledgerport-credential-listener");
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

    private void forget(String payload) {
        try {
            forget.forget(CredentialChange.decode(payload));
        } catch (InvalidValueException | IllegalArgumentException unreadable) {
            forget.forgetAll();
        }
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.stop();
        }
    }
}
