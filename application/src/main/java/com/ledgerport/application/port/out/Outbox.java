package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;

/**
 * The transactional outbox: an event is appended in the same unit of work as the change it describes, so it
 * exists exactly when the change committed. Delivery (webhooks, WebSocket) reads it afterwards.
 */
public interface Outbox {

    /** An event to append: storage assigns the id and the object's next sequence number. */
    record NewEvent(PartnerId partnerId, Mode mode, EventType type, String objectId, EventPayload payload,
            Instant occurredAt) {
    }

    /**
     * Appends within the current unit of work. Two events of one object must not be appended concurrently:
     * callers hold the object's row lock (or create the object) in that unit of work, which serialises them.
     */
    Event append(NewEvent event);
}
