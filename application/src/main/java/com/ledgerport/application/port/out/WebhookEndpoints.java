package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Partners' webhook endpoints (deleted ones are kept for the event log but never found or delivered to). */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint);

    /** The partner's endpoint with this id; another partner's id is not found. */
    Optional<WebhookEndpoint> find(PartnerId partnerId, WebhookEndpointId id);

    /** The partner's endpoints in creation order after {@code after}, at most {@code limit}. */
    List<WebhookEndpoint> list(PartnerId partnerId, Optional<WebhookEndpointId> after, int limit);

    int count(PartnerId partnerId);

    /** Writes url, description, event types, enabled and its reason, updated at. */
    void update(WebhookEndpoint endpoint);

    void delete(PartnerId partnerId, WebhookEndpointId id, Instant now);

    /** A delivery to it succeeded: its run of exhausted deliveries ends. */
    void succeeded(WebhookEndpointId id);

    /** {@link #succeeded} for several endpoints at once (one statement). */
    default void succeeded(Collection<WebhookEndpointId> ids) {
        ids.forEach(this::succeeded);
    }

    /** A delivery to it exhausted its retries: answers how many did in a row, this one included. */
    int deliveryFailed(WebhookEndpointId id);

    /**
     * Disables the endpoint unless it is already disabled or deleted; answers the endpoint if this call disabled
     * it (so that exactly one caller tells the partner).
     */
    Optional<WebhookEndpoint> disable(WebhookEndpointId id, String reason, Instant now);
}
