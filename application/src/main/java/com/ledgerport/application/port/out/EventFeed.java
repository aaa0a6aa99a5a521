package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;

/**
 * Reads the outbox back as a stream in a safe order. Events get their place in the stream only after their
 * transaction committed ({@link #sequenceCommitted()}), one sequencing at a time across every node of one
 * database, so a reader that moves its cursor forward never misses an event and never sees one twice, and
 * no transaction still running can hold the stream back.
 */
public interface EventFeed {

    /**
     * Gives the events committed since the last sequencing their places after every place given so far: in
     * the order they were appended, each object's events in their own sequence order. Runs inside a unit of
     * work that writes; returns how many events were placed.
     */
    int sequenceCommitted();

    /** Where a reader starting now begins: everything before it is committed and will not be handed out. */
    EventCursor head();

    /** Sequenced events after {@code cursor}, in stream order, at most {@code limit}. */
    List<CommittedEvent> after(EventCursor cursor, int limit);

    /** One partner's sequenced events after {@code cursor} that occurred at or after {@code notBefore}. */
    List<CommittedEvent> replay(PartnerId partnerId, EventCursor cursor, Instant notBefore, int limit);
}
