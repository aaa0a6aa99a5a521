package com.ledgerport.application.port.in;

import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Outcome;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.application.port.out.WebhookDeliveries.DeliveryView;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partner's event log: its events, each with every delivery and every attempt (status code, latency, error);
 * a manual retry of one event; and the recovery of an endpoint's failed deliveries since a time.
 */
public interface ManageEventLogUseCase {

    int PER_PAGE_MAX = 100;

    record ListEventsQuery(Requester requester, PartnerId partnerId, Optional<EventId> after, int limit) {
    }

    record EventQuery(Requester requester, PartnerId partnerId, EventId id) {
    }

    record RecoverEndpointCommand(Requester requester, PartnerId partnerId, WebhookEndpointId endpointId,
            Instant since) {
    }

    record EventDetail(Event event, List<DeliveryView> deliveries) {
    }

    Outcome<List<Event>> list(ListEventsQuery query);

    Outcome<EventDetail> get(EventQuery query);

    /** Queues the event again for each endpoint that wants it (the same idempotency key per endpoint). */
    Outcome<EventDetail> retry(EventQuery command);

    /** Answers how many deliveries were queued again. */
    Outcome<Integer> recover(RecoverEndpointCommand command);
}
