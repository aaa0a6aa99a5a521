package com.ledgerport.application.port.in;

import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.domain.event.WebhookEndpointId;
import java.util.Collection;
import java.util.List;

/**
 * The delivery loop's steps, driven by the webhooks adapter's dispatcher: claim due deliveries with a lease, give
 * back what it has no room for, and make one attempt (POST, then record it and decide what follows).
 */
public interface DeliverWebhooksUseCase {

    record ClaimCommand(int limit, Collection<WebhookEndpointId> excluded) {
    }

    List<Claimed> claim(ClaimCommand command);

    void release(Claimed claimed);

    /** Gives several claimed deliveries back untouched, in one transaction. */
    void release(List<Claimed> claimed);

    AttemptOutcome attempt(Claimed claimed);

    enum AttemptOutcome {
        DELIVERED,
        RETRY_SCHEDULED,
        FAILED,
        /** Another node took the delivery over (this node's lease ended); nothing was recorded. */
        LEASE_LOST
    }
}
