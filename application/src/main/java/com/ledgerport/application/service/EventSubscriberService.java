package com.ledgerport.application.service;

import com.ledgerport.application.port.in.SubscribeEventsUseCase.EventSink;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Reason;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Refused;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscribed;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscriber;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscription;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventAccess;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.TopicFilter;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connection's subscription. The delivery thread offers it every event of its partner; a replay runs on
 * the connection's own thread meanwhile, holding live events back until it is done and then dropping those
 * it already replayed, so that the two meet without a gap or a repeat.
 */
final class EventSubscriberService implements Subscriber {

    private static final String COMPANY = "company";

    private final DeliverEventsService hub;
    private final PartnerId partnerId;
    private final EventSink sink;
    private final Map<String, TopicFilter> filters = new LinkedHashMap<>();
    private volatile Principal principal;
    private volatile Map<EventType, Boolean> allowedTypes = new ConcurrentHashMap<>();
    private boolean closed;
    /** Non-null while a replay runs: live events wait here, in order. */
    private List<CommittedEvent> held;
    /** What the last replay handed out, until live delivery has passed its end. */
    private Set<EventId> replayed = Set.of();
    private EventCursor replayedUpTo;

    EventSubscriberService(DeliverEventsService hub, Principal principal, EventSink sink) {
        this.hub = hub;
        this.partnerId = principal.partnerId();
        this.principal = principal;
        this.sink = sink;
    }

    PartnerId partnerId() {
        return partnerId;
    }

    /** From the delivery thread; {@code topic} is the event's topic, split once for every subscriber. */
    synchronized void offer(CommittedEvent event, String[] topic) {
        if (closed || !wants(event, topic, filters.values())) {
            return;
        }
        if (held != null) {
            if (held.size() >= hub.limits().heldMax()) {
                overflow();
            } else {
                held.add(event);
            }
            return;
        }
        pass(event);
    }

    private void pass(CommittedEvent event) {
        if (replayedUpTo != null) {
            if (!event.cursor().isAfter(replayedUpTo)) {
                if (replayed.contains(event.event().id())) {
                    return;
                }
            } else {
                replayed = Set.of();
                replayedUpTo = null;
            }
        }
        if (!sink.deliver(event)) {
            overflow();
        }
    }

    private boolean wants(CommittedEvent event, String[] topic, Iterable<TopicFilter> by) {
        if (!allows(event.event())) {
            return false;
        }
        for (TopicFilter filter : by) {
            if (filter.matches(topic)) {
                return true;
            }
        }
        return false;
    }

    /** Its sink threw: it is dropped as if it could not keep up. */
    synchronized void failed() {
        overflow();
    }

    /** {@link EventAccess#allows}, remembered per event type for the current credential. */
    private boolean allows(Event event) {
        Optional<Mode> mode = EventAccess.mode(principal);
        if (mode.isPresent() && mode.get() != event.mode()) {
            return false;
        }
        Map<EventType, Boolean> known = allowedTypes;
        Boolean allowed = known.get(event.type());
        if (allowed == null) {
            allowed = EventAccess.allowsTopic(principal, event.type().resource(), event.type().action());
            known.put(event.type(), allowed);
        }
        return allowed;
    }

    private void overflow() {
        if (!closed) {
            close();
            sink.overflowed();
        }
    }

    @Override
    public Subscription subscribe(List<String> topics, Optional<EventCursor> after) {
        List<TopicFilter> added = new ArrayList<>();
        for (String topic : topics) {
            Object checked = check(topic);
            if (checked instanceof Refused refused) {
                return refused;
            }
            added.add((TopicFilter) checked);
        }
        List<TopicFilter> before;
        synchronized (this) {
            Set<String> all = new HashSet<>(filters.keySet());
            added.forEach(filter -> all.add(filter.text()));
            if (all.size() > hub.limits().topicsMax()) {
                return new Refused(Reason.TOO_MANY_TOPICS, topics.isEmpty() ? "" : topics.get(0),
                        "A connection may hold at most " + hub.limits().topicsMax() + " topic filters");
            }
            before = new ArrayList<>(filters.values());
            added.forEach(filter -> filters.put(filter.text(), filter));
            if (after.isPresent() && !closed) {
                held = new ArrayList<>();
            }
        }
        int replayedCount = after.isPresent() ? replay(after.get(), added, before) : 0;
        return new Subscribed(added.stream().map(TopicFilter::text).toList(), replayedCount);
    }

    /** A {@link TopicFilter} or a {@link Refused}. */
    private Object check(String topic) {
        TopicFilter filter;
        try {
            filter = TopicFilter.parse(topic);
        } catch (InvalidValueException malformed) {
            return new Refused(Reason.MALFORMED_TOPIC, String.valueOf(topic), "Topic '" + topic + "' is malformed: "
                    + malformed.getMessage());
        }
        if (!COMPANY.equals(filter.literal(0)) || !partnerId.toString().equals(filter.literal(1))) {
            return new Refused(Reason.OTHER_PARTNER, topic, "Topics must start with company/" + partnerId + "/");
        }
        String mode = filter.literal(2);
        if (mode != null && !mode.equals("test") && !mode.equals("live")) {
            return new Refused(Reason.MALFORMED_TOPIC, topic, "The mode level must be test, live or a wildcard");
        }
        Optional<Mode> own = EventAccess.mode(principal);
        if (mode != null && own.isPresent() && !own.get().wireName().equals(mode)) {
            return new Refused(Reason.SCOPE_NOT_ALLOWED, topic, "This credential is for " + own.get().wireName()
                    + " mode only");
        }
        String resource = filter.literal(3);
        String action = filter.literal(4);
        if (resource != null && action != null && !EventAccess.allowsTopic(principal, resource, action)) {
            return new Refused(Reason.SCOPE_NOT_ALLOWED, topic, "The credential's scopes do not allow "
                    + resource + "." + action);
        }
        return filter;
    }

    /** Replays what the new filters match (and the earlier ones did not), then lets held live events through. */
    private int replay(EventCursor after, List<TopicFilter> added, List<TopicFilter> before) {
        Set<EventId> handedOut = new HashSet<>();
        EventCursor position = after;
        EventCursor end = after;
        boolean gaveUp = false;
        while (!gaveUp) {
            List<CommittedEvent> page = hub.replayPage(partnerId, position);
            for (CommittedEvent event : page) {
                String[] topic = TopicFilter.split(event.event().topic());
                if (wants(event, topic, added) && !wants(event, topic, before)) {
                    if (!deliverWaiting(event)) {
                        gaveUp = true;
                        break;
                    }
                    handedOut.add(event.event().id());
                }
            }
            Optional<EventCursor> last = DeliverEventsService.last(page);
            if (last.isEmpty() || page.size() < DeliverEventsService.REPLAY_PAGE_MAX) {
                end = last.orElse(end);
                break;
            }
            position = last.get();
            end = position;
        }
        synchronized (this) {
            if (gaveUp) {
                overflow();
            }
            if (closed) {
                return handedOut.size();
            }
            replayed = handedOut;
            replayedUpTo = end;
            List<CommittedEvent> waiting = held;
            held = null;
            for (CommittedEvent event : waiting) {
                if (!closed) {
                    pass(event);
                }
            }
        }
        return handedOut.size();
    }

    private boolean deliverWaiting(CommittedEvent event) {
        synchronized (this) {
            if (closed) {
                return false;
            }
        }
        return sink.deliver(event) || sink.awaitRoom(hub.limits().replayRoomTimeout()) && sink.deliver(event);
    }

    @Override
    public synchronized List<String> unsubscribe(List<String> topics) {
        List<String> removed = new ArrayList<>();
        for (String topic : topics) {
            if (filters.remove(topic) != null) {
                removed.add(topic);
            }
        }
        return removed;
    }

    @Override
    public synchronized List<String> topics() {
        return List.copyOf(filters.keySet());
    }

    @Override
    public void principalChanged(Principal changed) {
        principal = changed;
        allowedTypes = new ConcurrentHashMap<>();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            held = null;
        }
        hub.remove(this);
    }
}
