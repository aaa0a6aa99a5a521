package com.ledgerport.domain.event;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where one partner wants its events POSTed. {@code eventTypes} empty means every type (including types added
 * later); an endpoint is disabled by its partner, by a 410 answer, or after {@link #FAILED_DELIVERIES_MAX}
 * deliveries in a row exhausted their retries.
 */
public record WebhookEndpoint(
        WebhookEndpointId id,
        PartnerId partnerId,
        WebhookContract contract,
        String url,
        String description,
        Set<EventType> eventTypes,
        boolean enabled,
        Optional<String> disabledReason,
        Instant createdAt,
        Instant updatedAt) {

    public static final int DESCRIPTION_LENGTH_MAX = 256;
    public static final int URL_LENGTH_MAX = 2048;
    /** Endpoints per partner, all contracts together (deleted ones not counted). */
    public static final int PER_PARTNER_MAX = 20;
    /** Deliveries in a row that exhausted their retries before the endpoint is disabled. */
    public static final int FAILED_DELIVERIES_MAX = 3;

    public WebhookEndpoint {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(contract, "contract");
        Require.text(url, "url", URL_LENGTH_MAX);
        Require.present(description, "description");
        Require.that(description.length() <= DESCRIPTION_LENGTH_MAX, "description is too long");
        eventTypes = Set.copyOf(Require.present(eventTypes, "event types"));
        Require.that(contract.restrictedTo().isEmpty() || (!eventTypes.isEmpty()
                && contract.restrictedTo().containsAll(eventTypes)), "event types outside the contract");
        Require.present(disabledReason, "disabled reason");
        Require.present(createdAt, "created at");
        Require.present(updatedAt, "updated at");
    }

    public boolean wants(EventType type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }
}
