package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.EventCursor;
import java.util.List;
import java.util.Optional;

/**
 * Live events for one connection (a WebSocket): a subscriber opens once, then adds and removes topic filters.
 * Every committed event of its partner that a filter matches and its credential allows is handed to its
 * {@link EventSink}, in stream order, exactly once.
 */
public interface SubscribeEventsUseCase {

    Subscriber open(Principal principal, EventSink sink);

    /** Where events go. Called from the delivering thread: must not block; false means "cannot keep up". */
    interface EventSink {

        boolean deliver(CommittedEvent event);

        /** Blocks until the sink has room again (for replays, which may wait); false on timeout. */
        boolean awaitRoom(java.time.Duration timeout);

        /** The subscriber could not keep up and was dropped. */
        void overflowed();
    }

    interface Subscriber {

        /**
         * Adds filters; with {@code after}, first replays what the partner's stream holds after that cursor
         * within the replay window (the rest of the window is gone). Refuses all filters when one is refused.
         */
        Subscription subscribe(List<String> topics, Optional<EventCursor> after);

        /** Removes filters; returns those that were subscribed. */
        List<String> unsubscribe(List<String> topics);

        List<String> topics();

        /** The credential behind the connection changed (for instance its scopes): filter with the new one. */
        void principalChanged(Principal principal);

        void close();
    }

    sealed interface Subscription permits Subscribed, Refused {
    }

    /** @param replayed events replayed before live delivery resumed */
    record Subscribed(List<String> topics, int replayed) implements Subscription {
    }

    /** @param topic the filter at fault */
    record Refused(Reason reason, String topic, String message) implements Subscription {
    }

    /** In order of precedence. */
    enum Reason {
        MALFORMED_TOPIC,
        OTHER_PARTNER,
        SCOPE_NOT_ALLOWED,
        TOO_MANY_TOPICS
    }
}
