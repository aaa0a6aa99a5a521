package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.Require;

/** An event read back from the outbox after its transaction committed, with its place in the stream. */
public record CommittedEvent(Event event, EventCursor cursor) {

    public CommittedEvent {
        Require.present(event, "event");
        Require.present(cursor, "cursor");
    }
}
