package com.ledgerport.application.service;

import com.ledgerport.application.port.in.DeliverEventsUseCase;
import com.ledgerport.application.port.in.SubscribeEventsUseCase;
import com.ledgerport.application.port.out.EventFeed;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.TopicFilter;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node's live event delivery. A single delivery thread sequences what has committed (any node may: the
 * feed places each event once) and tails the {@link EventFeed} from where the node started, handing each
 * event to the node's subscribers of its partner; every node of one database tails the same feed, so a
 * subscriber on any node receives every event once, in stream order.
 */
public final class DeliverEventsService implements SubscribeEventsUseCase, DeliverEventsUseCase {

    public static final int BATCH_MAX = 1_000;
    public static final int REPLAY_PAGE_MAX = 500;

    private final EventFeed feed;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLimits limits;
    private final Map<PartnerId, Set<EventSubscriberService>> subscribers = new ConcurrentHashMap<>();
    private final Object wakeUp = new Object();
    private boolean signalled;
    /** Only the delivery thread reads and moves it; null until the first delivery round reads the head. */
    private EventCursor cursor;

    /**
     * @param replayWindow      how far back a subscription may resume (seed 004 keeps messages 30 minutes)
     * @param topicsMax         filters per subscriber
     * @param heldMax           live events held back for a subscriber while its replay runs
     * @param replayRoomTimeout how long a replay waits for room in a subscriber's sink before giving up on it
     */
    public record EventLimits(Duration replayWindow, int topicsMax, int heldMax, Duration replayRoomTimeout) {
    }

    public DeliverEventsService(EventFeed feed, UnitOfWork unitOfWork, Clock clock, EventLimits limits) {
        this.feed = feed;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public Subscriber open(Principal principal, EventSink sink) {
        EventSubscriberService subscriber = new EventSubscriberService(this, principal, sink);
        subscribers.computeIfAbsent(principal.partnerId(), partner -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return subscriber;
    }

    void remove(EventSubscriberService subscriber) {
        subscribers.computeIfPresent(subscriber.partnerId(), (partner, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void committed() {
        synchronized (wakeUp) {
            signalled = true;
            wakeUp.notifyAll();
        }
    }

    @Override
    public boolean awaitCommitted(Duration timeout) throws InterruptedException {
        synchronized (wakeUp) {
            if (!signalled) {
                wakeUp.wait(Math.max(1, timeout.toMillis()));
            }
            boolean woken = signalled;
            signalled = false;
            return woken;
        }
    }

    @Override
    public int deliverCommitted() {
        if (cursor == null) {
            cursor = unitOfWork.read(feed::head);
            return 0;
        }
        EventCursor from = cursor;
        unitOfWork.write(feed::sequenceCommitted);
        List<CommittedEvent> batch = unitOfWork.read(() -> feed.after(from, BATCH_MAX));
        if (batch.isEmpty()) {
            return 0;
        }
        for (CommittedEvent event : batch) {
            Set<EventSubscriberService> interested = subscribers.get(event.event().partnerId());
            if (interested != null) {
                String[] topic = TopicFilter.split(event.event().topic());
                interested.forEach(subscriber -> offer(subscriber, event, topic));
            }
        }
        cursor = batch.get(batch.size() - 1).cursor();
        return batch.size();
    }

    /** One subscriber's failure must not stop the others' delivery (nor make them receive the batch again). */
    private static void offer(EventSubscriberService subscriber, CommittedEvent event, String[] topic) {
        try {
            subscriber.offer(event, topic);
        } catch (RuntimeException failed) {
            subscriber.failed();
        }
    }

    /** How many subscribers this node serves (for tests and metrics). */
    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    EventLimits limits() {
        return limits;
    }

    /** One page of a partner's stream for a replay, oldest first; the window ends the replay. */
    List<CommittedEvent> replayPage(PartnerId partnerId, EventCursor after) {
        return unitOfWork.read(() -> feed.replay(partnerId, after, clock.instant().minus(limits.replayWindow()),
                REPLAY_PAGE_MAX));
    }

    static Optional<EventCursor> last(List<CommittedEvent> page) {
        return page.isEmpty() ? Optional.empty() : Optional.of(page.stream().map(CommittedEvent::cursor)
                .max(EventCursor::compareTo).orElseThrow());
    }
}
