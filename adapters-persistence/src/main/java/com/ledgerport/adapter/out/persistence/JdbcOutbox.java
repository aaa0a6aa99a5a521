package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.OutboxListener;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
final class JdbcOutbox implements Outbox {

    private final Jdbc jdbc;
    private final JdbcWebhookDeliveries deliveries;
    private final JdbcUnitOfWork unitOfWork;
    private final BeanProvider<OutboxListener> listenerBeans;
    private volatile List<OutboxListener> listeners;
    private final EventAnnouncements announcements;

    /** Listeners are looked up at the first append: they (the webhook dispatcher) depend on services that use this. */
    JdbcOutbox(Jdbc jdbc, JdbcWebhookDeliveries deliveries, JdbcUnitOfWork unitOfWork,
            BeanProvider<OutboxListener> listenerBeans, EventAnnouncements announcements) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.unitOfWork = unitOfWork;
        this.listenerBeans = listenerBeans;
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
        // stream_position is drawn by the insert (a column default), while this caller holds the object's
        // lock: each object's events get increasing positions, which the stream's sequencing relies on.
        jdbc.update("""
                INSERT INTO outbox_event (id, partner_id, mode, type, object_type, object_id, sequence, payload,
                    occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", p -> p.uuid(stored.id().value())
                            .uuid(stored.partnerId().value())
                            .text(stored.mode().name())
                            .text(stored.type().wireName())
                            .text(objectType)
                            .text(stored.objectId())
                            .bigint(stored.sequence())
                            .text(PayloadJson.write(stored.payload()))
                            .instant(stored.occurredAt()));
        unitOfWork.afterCommit(announcements::committed);
        // The webhook deliveries commit (or vanish) with the event; whichever code appended it.
        deliveries.enqueue(stored, stored.occurredAt());
        listeners().forEach(listener -> unitOfWork.afterCommit(listener::eventsCommitted));
        return stored;
    }
}
