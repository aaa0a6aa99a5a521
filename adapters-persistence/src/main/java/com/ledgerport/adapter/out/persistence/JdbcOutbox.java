package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.OutboxListener;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

@Singleton
final class JdbcOutbox implements Outbox {

    private final Jdbc jdbc;
    private final JdbcWebhookDeliveries deliveries;
    private final JdbcUnitOfWork unitOfWork;
    private final BeanProvider<OutboxListener> listenerBeans;
    private volatile List<OutboxListener> listeners;
    private final LedgerDialect dialect;
    private final H2StreamHorizon h2Horizon;
    private final TransactionOperations<Connection> transactions;
    private final EventAnnouncements announcements;

    /** Listeners are looked up at the first append: they (the webhook dispatcher) depend on services that use this. */
    JdbcOutbox(Jdbc jdbc, JdbcWebhookDeliveries deliveries, JdbcUnitOfWork unitOfWork,
            BeanProvider<OutboxListener> listenerBeans, LedgerDialect dialect, H2StreamHorizon h2Horizon,
            TransactionOperations<Connection> transactions, EventAnnouncements announcements) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.unitOfWork = unitOfWork;
        this.listenerBeans = listenerBeans;
        this.dialect = dialect;
        this.h2Horizon = h2Horizon;
        this.transactions = transactions;
        this.announcements = announcements;
    }

    private List<OutboxListener> listeners() {
        List<OutboxListener> known = listeners;
        if (known == null) {
            known = listenerBeans.stream().toList();
            listeners = known;
        }
        return known;
    }

    @Override
    public Event append(NewEvent event) {
        String objectType = event.type().resource();
        // The caller holds the object's lock, so reading the last sequence and inserting the next cannot race
        // with another event of the same object; the unique constraint is the backstop if a caller did not.
        long sequence = jdbc.one("""
                SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM outbox_event
                WHERE object_type = ? AND object_id = ?""",
                p -> p.text(objectType).text(event.objectId()), row -> row.bigint("next")).orElse(1L);
        Event stored = new Event(EventId.generate(), event.partnerId(), event.mode(), event.type(),
                event.objectId(), sequence, event.payload(), event.occurredAt());
        boolean postgres = dialect.engine() == LedgerDialect.Engine.POSTGRESQL;
        long position = postgres ? 0 : h2Horizon.draw(() -> jdbc.one(
                "SELECT nextval('outbox_event_stream_seq') AS next", Jdbc.none(), row -> row.bigint("next"))
                .orElseThrow());
        // Registered before the insert, so that a failing insert still closes the drawn position.
        afterCompletion(committed -> {
            if (!postgres) {
                h2Horizon.closed(position);
            }
            if (committed) {
                announcements.committed();
            }
        });
        jdbc.update("""
                INSERT INTO outbox_event (id, partner_id, mode, type, object_type, object_id, sequence, payload,
                    occurred_at, stream_tx, stream_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, """ + (postgres
                ? "pg_current_xact_id()::text::bigint, nextval('outbox_event_stream_seq'))"
                : "0, ?)"), p -> {
                    p.uuid(stored.id().value())
                            .uuid(stored.partnerId().value())
                            .text(stored.mode().name())
                            .text(stored.type().wireName())
                            .text(objectType)
                            .text(stored.objectId())
                            .bigint(stored.sequence())
                            .text(PayloadJson.write(stored.payload()))
                            .instant(stored.occurredAt());
                    if (!postgres) {
                        p.bigint(position);
                    }
                });
        // The webhook deliveries commit (or vanish) with the event; whichever code appended it.
        deliveries.enqueue(stored, stored.occurredAt());
        listeners().forEach(listener -> unitOfWork.afterCommit(listener::eventsCommitted));
        return stored;
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        var current = transactions.findTransactionStatus();
        if (current.isEmpty()) {
            throw new IllegalStateException("events are appended inside a unit of work");
        }
        current.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status status) {
                action.accept(status == Status.COMMITTED);
            }
        });
    }
}
