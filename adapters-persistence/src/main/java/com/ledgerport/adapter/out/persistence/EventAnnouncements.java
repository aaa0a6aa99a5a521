package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.in.DeliverEventsUseCase;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes event delivery when events have committed: at once on this node, and on every node through
 * PostgreSQL {@code NOTIFY} on {@link #CHANNEL}. The notification carries nothing: it only says "read the
 * feed now"; what to deliver always comes from the outbox ({@link JdbcEventFeed}), so a lost notification
 * delays delivery until the next poll and never loses an event.
 *
 * <p>The {@code NOTIFY} is sent after commit, from a thread of its own on an autocommit connection (a
 * {@code NOTIFY} inside a busy transaction takes PostgreSQL's global notify lock at commit), and commits
 * close together share one. On H2 (one node) only the local wake-up happens.
 */
@Context
final class EventAnnouncements {

    static final String CHANNEL = "ledgerport_events";
    static final Duration WAIT = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(EventAnnouncements.class);

    private final DataSource pool;
    private final BeanProvider<DeliverEventsUseCase> delivery;
    private final Object pending = new Object();
    private boolean dirty;
    private volatile boolean postgres;
    private volatile boolean running;
    private Thread announcer;
    private PgListener listener;

    EventAnnouncements(DataSource dataSource, BeanProvider<DeliverEventsUseCase> delivery) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.delivery = delivery;
    }

    @PostConstruct
    void start() {
        try (Connection connection = pool.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot reach the database to set up event announcements", unreachable);
        }
        if (!postgres) {
            return;
        }
        running = true;
        announcer = daemon(this::announce, "ledgerport-event-announcer");
        listener = new PgListener(pool, CHANNEL, payload -> wakeLocally(), this::wakeLocally);
        listener.start("ledgerport-event-listener");
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** After a commit that appended events. */
    void committed() {
        wakeLocally();
        if (postgres) {
            synchronized (pending) {
                dirty = true;
                pending.notifyAll();
            }
        }
    }

    private void wakeLocally() {
        delivery.ifPresent(DeliverEventsUseCase::committed);
    }

    private void announce() {
        while (running) {
            try {
                synchronized (pending) {
                    while (!dirty && running) {
                        pending.wait(WAIT.toMillis());
                    }
                    dirty = false;
                }
                notifyNodes();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void notifyNodes() {
        try (Connection connection = pool.getConnection(); Statement notify = connection.createStatement()) {
            connection.setAutoCommit(true);
            notify.execute("NOTIFY " + CHANNEL);
        } catch (SQLException failed) {
            // Other nodes find the events at their next poll.
            LOG.warn("could not announce committed events to other nodes", failed);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (announcer != null) {
            announcer.interrupt();
        }
        if (listener != null) {
            listener.stop();
        }
    }
}
