package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;

/**
 * Reads the outbox back as a stream in a safe order: an event is handed out only once no transaction that
 * could still commit an event before it is running, so a reader that moves its cursor forward never misses
 * one and never sees one twice. Shared by every node of one database.
 */
public interface EventFeed {

    /** Where a reader starting now begins: everything before it is committed and will not be handed out. */
    EventCursor head();

    /** Committed events after {@code cursor}, in stream order, at most {@code limit}. */
    List<CommittedEvent> after(EventCursor cursor, int limit);

    /** One partner's committed events after {@code cursor} that occurred at or after {@code notBefore}. */
    List<CommittedEvent> replay(PartnerId partnerId, EventCursor cursor, Instant notBefore, int limit);
}
