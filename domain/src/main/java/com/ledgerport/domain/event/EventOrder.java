package com.ledgerport.domain.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stream order can differ from an object's own order in one rare case: a transaction that took its id
 * before another waits for the object's lock that the other holds, and then appends the object's next
 * event. Both become visible together (in one read), so a batch is put right by giving each object's events
 * back their own sequence order, in the slots those events occupied.
 */
public final class EventOrder {

    private EventOrder() {
    }

    public static List<CommittedEvent> perObject(List<CommittedEvent> batch) {
        Map<String, List<Integer>> slots = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            slots.computeIfAbsent(key(batch.get(i).event()), key -> new ArrayList<>()).add(i);
        }
        if (slots.size() == batch.size()) {
            return batch;
        }
        List<CommittedEvent> ordered = new ArrayList<>(batch);
        for (List<Integer> indexes : slots.values()) {
            if (indexes.size() < 2) {
                continue;
            }
            List<CommittedEvent> events = new ArrayList<>();
            indexes.forEach(index -> events.add(batch.get(index)));
            events.sort(Comparator.comparingLong(committed -> committed.event().sequence()));
            for (int i = 0; i < indexes.size(); i++) {
                ordered.set(indexes.get(i), events.get(i));
            }
        }
        return ordered;
    }

    private static String key(Event event) {
        return event.type().resource() + "/" + event.objectId();
    }
}
