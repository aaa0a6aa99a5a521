package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partner's webhook endpoints: register, read, list, update (url, description, event types, enabled), delete.
 * Used by the operator API (seed 002 endpoints), seed 003's {@code /api/v1/webhooks/register} and seed 004's
 * {@code /api/hooks}.
 */
public interface ManageWebhookEndpointsUseCase {

    int PER_PAGE_MAX = 100;

    /**
     * Who asks. With a principal, it must act for the partner and hold the seed 004 {@code hooks} (or
     * {@code events}) scope for the action. Without one, the inbound adapter has already established that the
     * caller may act for the partner (the operator's token, or a seed 003 signed uuid of that partner).
     */
    record Requester(Optional<Principal> principal, CallContext context) {

        public static Requester trusted(CallContext context) {
            return new Requester(Optional.empty(), context);
        }

        public static Requester of(Principal principal, CallContext context) {
            return new Requester(Optional.of(principal), context);
        }
    }

    /** {@code eventTypes} empty: every event type. */
    record RegisterWebhookCommand(Requester requester, PartnerId partnerId, WebhookContract contract, String url,
            String description, Set<EventType> eventTypes) {
    }

    record UpdateWebhookCommand(Requester requester, PartnerId partnerId, WebhookEndpointId id, Optional<String> url,
            Optional<String> description, Optional<Set<EventType>> eventTypes, Optional<Boolean> enabled) {
    }

    record WebhookQuery(Requester requester, PartnerId partnerId, WebhookEndpointId id) {
    }

    record ListWebhooksQuery(Requester requester, PartnerId partnerId, Optional<WebhookEndpointId> after,
            int limit) {
    }

    Outcome<WebhookEndpoint> register(RegisterWebhookCommand command);

    Outcome<WebhookEndpoint> get(WebhookQuery query);

    Outcome<List<WebhookEndpoint>> list(ListWebhooksQuery query);

    Outcome<WebhookEndpoint> update(UpdateWebhookCommand command);

    Outcome<WebhookEndpoint> delete(WebhookQuery command);

    sealed interface Outcome<T> permits Done, Refused {
    }

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Reason reason, String message) implements Outcome<T> {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        COMPANY_NOT_ALLOWED,
        NOT_ALLOWED,
        NOT_FOUND,
        URL_REFUSED,
        EVENT_TYPES_REFUSED,
        TOO_MANY
    }
}
