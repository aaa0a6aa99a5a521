package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryOutbox implements Outbox {

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized Event append(NewEvent event) {
        long sequence = events.stream()
                .filter(e -> e.type().resource().equals(event.type().resource())
                        && e.objectId().equals(event.objectId()))
                .mapToLong(Event::sequence).max().orElse(0) + 1;
        Event stored = new Event(EventId.generate(), event.partnerId(), event.mode(), event.type(),
                event.objectId(), sequence, event.payload(), event.occurredAt());
        events.add(stored);
        return stored;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }
}
