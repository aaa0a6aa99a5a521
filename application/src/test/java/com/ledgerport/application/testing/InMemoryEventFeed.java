package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.EventFeed;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The event stream in memory: {@link #committed} events wait until {@link #sequenceCommitted()} places them
 * after every earlier place, in the order they committed — as the JDBC feed does after commit.
 */
public final class InMemoryEventFeed implements EventFeed {

    private final List<Event> unplaced = new ArrayList<>();
    private final List<CommittedEvent> stream = new ArrayList<>();
    private int sequencings;

    /** An event whose transaction committed (not yet placed in the stream). */
    public synchronized void committed(Event event) {
        unplaced.add(event);
    }

    @Override
    public synchronized int sequenceCommitted() {
        sequencings++;
        int placed = unplaced.size();
        for (Event event : unplaced) {
            stream.add(new CommittedEvent(event, new EventCursor(stream.size() + 1)));
        }
        unplaced.clear();
        return placed;
    }

    /** How many sequencing rounds ran. */
    public synchronized int sequencings() {
        return sequencings;
    }

    @Override
    public synchronized EventCursor head() {
        return stream.isEmpty() ? EventCursor.START : stream.get(stream.size() - 1).cursor();
    }

    @Override
    public synchronized List<CommittedEvent> after(EventCursor cursor, int limit) {
        return stream.stream().filter(event -> event.cursor().isAfter(cursor)).limit(limit).toList();
    }

    @Override
    public synchronized List<CommittedEvent> replay(PartnerId partnerId, EventCursor cursor, Instant notBefore,
            int limit) {
        return stream.stream().filter(event -> event.event().partnerId().equals(partnerId)
                && event.cursor().isAfter(cursor) && !event.event().occurredAt().isBefore(notBefore))
                .limit(limit).toList();
    }
}
