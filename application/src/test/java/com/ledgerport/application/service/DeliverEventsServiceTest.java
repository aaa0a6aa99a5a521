package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.ledgerport.application.port.in.SubscribeEventsUseCase;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.EventSink;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Refused;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscriber;
import com.ledgerport.application.service.DeliverEventsService.EventLimits;
import com.ledgerport.application.testing.InMemoryEventFeed;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliverEventsServiceTest {

    private final PartnerId partner = PartnerId.generate();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryEventFeed feed = new InMemoryEventFeed();
    private final DeliverEventsService service = new DeliverEventsService(feed, new InMemoryUnitOfWork(),
            clock, new EventLimits(Duration.ofMinutes(30), 4, 100, Duration.ofMillis(10)));

    private static final class RecordingSink implements EventSink {

        final List<CommittedEvent> received = new ArrayList<>();
        final boolean throwing;
        boolean overflowed;

        RecordingSink(boolean throwing) {
            this.throwing = throwing;
        }

        @Override
        public boolean deliver(CommittedEvent event) {
            if (throwing) {
                throw new IllegalStateException("socket closed");
            }
            received.add(event);
            return true;
        }

        @Override
        public boolean awaitRoom(Duration timeout) {
            return true;
        }

        @Override
        public void overflowed() {
            overflowed = true;
        }
    }

    private void store(String objectId, long sequence, EventType type) {
        feed.committed(new Event(EventId.generate(), partner, Mode.LIVE, type, objectId, sequence,
                EventPayload.of(Map.of()), clock.instant()));
    }

    private MemberPrincipal member() {
        return new MemberPrincipal(MemberId.generate(), partner, SessionId.generate());
    }

    @Test
    void a_failing_subscriber_is_dropped_and_the_others_receive_each_event_once() {
        service.deliverCommitted();
        RecordingSink broken = new RecordingSink(true);
        RecordingSink healthy = new RecordingSink(false);
        service.open(member(), broken).subscribe(List.of("company/" + partner + "/#"), Optional.empty());
        service.open(member(), healthy).subscribe(List.of("company/" + partner + "/#"), Optional.empty());
        store("o", 1, EventType.ORDER_STATUS_CHANGED);
        store("o", 2, EventType.ORDER_STATUS_CHANGED);
        assertEquals(2, service.deliverCommitted());
        assertEquals(0, service.deliverCommitted());
        assertEquals(2, healthy.received.size());
        assertEquals(true, broken.overflowed);
        assertEquals(1, service.subscriberCount());
    }

    @Test
    void each_round_sequences_what_has_committed_before_reading_the_stream() {
        service.deliverCommitted();
        RecordingSink sink = new RecordingSink(false);
        service.open(member(), sink).subscribe(List.of("company/" + partner + "/#"), Optional.empty());
        store("o", 1, EventType.ORDER_STATUS_CHANGED);
        store("p", 1, EventType.ORDER_STATUS_CHANGED);
        int before = feed.sequencings();
        assertEquals(2, service.deliverCommitted());
        assertEquals(before + 1, feed.sequencings());
        assertEquals(List.of("o1", "p1"), sink.received.stream()
                .map(event -> event.event().objectId() + event.event().sequence()).toList());
        assertEquals(0, service.deliverCommitted());
    }

    @Test
    void a_replay_after_a_cursor_gives_only_the_subscribers_partners_events_then_live_ones() {
        service.deliverCommitted();
        store("o", 1, EventType.ORDER_STATUS_CHANGED);
        feed.committed(new Event(EventId.generate(), PartnerId.generate(), Mode.LIVE, EventType.ORDER_STATUS_CHANGED,
                "foreign", 1, EventPayload.of(Map.of()), clock.instant()));
        store("o", 2, EventType.ORDER_STATUS_CHANGED);
        service.deliverCommitted();
        RecordingSink sink = new RecordingSink(false);
        SubscribeEventsUseCase.Subscription subscribed = service.open(member(), sink)
                .subscribe(List.of("company/" + partner + "/#"), Optional.of(EventCursor.START));
        assertEquals(2, assertInstanceOf(SubscribeEventsUseCase.Subscribed.class, subscribed).replayed());
        store("p", 1, EventType.ORDER_STATUS_CHANGED);
        service.deliverCommitted();
        assertEquals(List.of("o1", "o2", "p1"), sink.received.stream()
                .map(event -> event.event().objectId() + event.event().sequence()).toList());
    }

    @Test
    void refuses_filters_beyond_the_limit_and_topics_the_scopes_do_not_allow() {
        Subscriber subscriber = service.open(new AccessTokenPrincipal(partner, AccessTokenId.generate(), Mode.LIVE,
                Scopes.fromFlat(List.of("orders.read_one"))), new RecordingSink(false));
        assertInstanceOf(Refused.class, subscriber.subscribe(List.of("company/" + partner
                + "/live/orders/update_one"), Optional.empty()));
        assertInstanceOf(Refused.class, subscriber.subscribe(List.of("company/" + partner
                + "/test/#"), Optional.empty()), "a live token");
        List<String> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add("company/" + partner + "/live/r" + i + "/+");
        }
        assertInstanceOf(Refused.class, subscriber.subscribe(five, Optional.empty()));
        assertEquals(List.of(), subscriber.topics());
    }
}
