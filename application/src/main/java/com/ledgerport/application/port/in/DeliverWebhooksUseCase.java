package com.ledgerport.application.port.in;

import com.ledgerport.application.port.out.WebhookDeliveries.Attempt;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.domain.event.WebhookEndpointId;
import java.util.Collection;
import java.util.List;

/**
 * The delivery loop's steps, driven by the webhooks adapter's dispatcher: claim due deliveries with a lease, give
 * back what it has no room for, and make attempts: {@link #send} POSTs (no database write), {@link #record} records
 * a batch of sent attempts in one transaction and decides what follows each; {@link #attempt} does both for one.
 */
public interface DeliverWebhooksUseCase {

    /** Attempts recorded in one transaction at most; {@link #record} splits a longer list. */
    int RECORDED_TOGETHER_MAX = 128;

    record ClaimCommand(int limit, Collection<WebhookEndpointId> excluded) {
    }

    List<Claimed> claim(ClaimCommand command);

    void release(Claimed claimed);

    /** Gives several claimed deliveries back untouched, in one transaction. */
    void release(List<Claimed> claimed);

    /** One attempt of one delivery: sign, POST, and record it (with its consequences). */
    AttemptOutcome attempt(Claimed claimed);

    /** An attempt made (the POST answered, failed or was refused) and not yet recorded. */
    record Sent(Claimed claimed, Attempt attempt, boolean delivered, boolean gone) {
    }

    /** Signs and POSTs one attempt; records nothing. */
    Sent send(Claimed claimed);

    /**
     * Records sent attempts, in one transaction where possible (one that fails is retried alone, so one bad
     * attempt loses no other); answers each one's outcome, in order ({@link AttemptOutcome#NOT_RECORDED} when it
     * could not be written: its lease runs out and it is claimed again).
     */
    List<AttemptOutcome> record(List<Sent> sent);

    enum AttemptOutcome {
        DELIVERED,
        RETRY_SCHEDULED,
        FAILED,
        /** Another node took the delivery over (this node's lease ended); nothing was recorded. */
        LEASE_LOST,
        /** Writing the attempt failed (e.g. the database was unreachable); nothing was recorded. */
        NOT_RECORDED
    }
}
