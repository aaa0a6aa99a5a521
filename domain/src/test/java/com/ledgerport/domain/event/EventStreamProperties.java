package com.ledgerport.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class EventStreamProperties {

    private static final PartnerId PARTNER = PartnerId.generate();

    @Property
    void a_cursor_reads_back_as_itself_and_orders_by_transaction_then_position(
            @ForAll @LongRange(min = 0) long transaction, @ForAll @LongRange(min = 0) long position,
            @ForAll @LongRange(min = 0) long otherTransaction, @ForAll @LongRange(min = 0) long otherPosition) {
        EventCursor cursor = new EventCursor(transaction, position);
        EventCursor other = new EventCursor(otherTransaction, otherPosition);
        assertEquals(cursor, EventCursor.parse(cursor.toString()));
        int expected = transaction != otherTransaction ? Long.compare(transaction, otherTransaction)
                : Long.compare(position, otherPosition);
        assertEquals(Integer.signum(expected), Integer.signum(cursor.compareTo(other)));
    }

    /** Whatever the stream order of a batch, each object's events come out in sequence order, all of them. */
    @Property
    void per_object_order_restores_each_objects_sequence_and_keeps_every_event(
            @ForAll @IntRange(min = 1, max = 6) int objects, @ForAll @IntRange(min = 1, max = 8) int perObject,
            @ForAll long seed) {
        List<CommittedEvent> batch = new ArrayList<>();
        for (int o = 0; o < objects; o++) {
            for (int n = 1; n <= perObject; n++) {
                batch.add(event("o" + o, n, batch.size()));
            }
        }
        Collections.shuffle(batch, new Random(seed));
        List<CommittedEvent> ordered = EventOrder.perObject(batch);
        assertEquals(batch.size(), ordered.size());
        assertEquals(new java.util.HashSet<>(batch), new java.util.HashSet<>(ordered));
        Map<String, Long> last = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Event event = ordered.get(i).event();
            assertEquals(last.getOrDefault(event.objectId(), 0L) + 1, event.sequence());
            last.put(event.objectId(), event.sequence());
            assertEquals(batch.get(i).event().objectId(), event.objectId(), "each object keeps its slots");
        }
    }

    private static CommittedEvent event(String objectId, long sequence, long position) {
        return new CommittedEvent(new Event(EventId.generate(), PARTNER, Mode.LIVE, EventType.ORDER_STATUS_CHANGED,
                objectId, sequence, EventPayload.of(Map.of()), Instant.EPOCH), new EventCursor(1, position));
    }
}
