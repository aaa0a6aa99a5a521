package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.DeliveryId;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook deliveries: one per (event, endpoint), created in the transaction that appends the event, then claimed
 * with a lease by whichever node is free ({@code FOR UPDATE SKIP LOCKED}), attempted, and finished or rescheduled.
 * A lease that ends without a finish (the node died) makes the delivery claimable again.
 */
public interface WebhookDeliveries {

    /**
     * A delivery this node holds until {@code leaseUntil} (the instant written with the lease); {@code leaseToken}
     * proves it when finishing.
     */
    record Claimed(DeliveryId id, UUID leaseToken, Instant leaseUntil, WebhookEndpoint endpoint, Event event,
            int attempts, int roundAttempts) {
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled endpoints not in {@code excluded}, oldest due first,
     * leasing them until {@code leaseUntil}. Within the caller's unit of work.
     */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit, Collection<WebhookEndpointId> excluded);

    /** Gives a claimed delivery back untouched (this node has no room for it). */
    void release(DeliveryId id, UUID leaseToken);

    /** One attempt as the event log shows it. */
    record Attempt(int number, Instant startedAt, Optional<Integer> statusCode, long latencyMs,
            Optional<String> error, String node) {
    }

    enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    /**
     * Records the attempt and moves the delivery to {@code status} (PENDING: again at {@code nextAttemptAt}),
     * only if this node still holds the lease; answers whether it did.
     */
    boolean finish(Claimed claimed, Attempt attempt, Status status, Instant nextAttemptAt, Instant now);

    /** One {@link #finish} of a batch. */
    record Finish(Claimed claimed, Attempt attempt, Status status, Instant nextAttemptAt) {
    }

    /**
     * {@link #finish} for several deliveries in the caller's unit of work (one round trip where the database allows
     * it); answers, in order, whether this node still held each lease. Nothing is recorded for a lost lease.
     */
    default boolean[] finishAll(List<Finish> finishes, Instant now) {
        boolean[] held = new boolean[finishes.size()];
        for (int i = 0; i < held.length; i++) {
            Finish finish = finishes.get(i);
            held[i] = finish(finish.claimed(), finish.attempt(), finish.status(), finish.nextAttemptAt(), now);
        }
        return held;
    }

    /** A delivery as the event log shows it. */
    record DeliveryView(DeliveryId id, WebhookEndpointId endpointId, String url, Status status, int attempts,
            Instant nextAttemptAt, Instant createdAt, List<Attempt> attemptLog) {
    }

    /** The event's deliveries with their attempts (at most the attempts' bound each). */
    List<DeliveryView> ofEvent(EventId eventId);

    /** Queues the event again for every endpoint of its partner that wants it; answers how many deliveries. */
    int retry(Event event, Instant now);

    /** Queues again the endpoint's FAILED deliveries created at or after {@code since}; answers how many. */
    int recover(PartnerId partnerId, WebhookEndpointId endpointId, Instant since, Instant now, int limit);
}
