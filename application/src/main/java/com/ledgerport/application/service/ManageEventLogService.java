package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ManageEventLogUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Done;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Outcome;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Reason;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Refused;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.EventLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.WebhookDeliveries;
import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ManageEventLogService implements ManageEventLogUseCase {

    /** Deliveries one recovery queues again at most; call again for the rest. */
    public static final int RECOVER_MAX = 10_000;
    private static final String EVENTS = "events";

    private final UnitOfWork unitOfWork;
    private final EventLog eventLog;
    private final Partners partners;
    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManageEventLogService(UnitOfWork unitOfWork, EventLog eventLog, Partners partners,
            WebhookDeliveries deliveries, WebhookEndpoints endpoints, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.eventLog = eventLog;
        this.partners = partners;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Event>> list(ListEventsQuery query) {
        return WebhookAccess.guarded(query.requester(), query.partnerId(), EVENTS, "read_many", () -> {
            int limit = Math.max(1, Math.min(query.limit(), PER_PAGE_MAX));
            return unitOfWork.read(() -> partners.find(query.partnerId()).isEmpty()
                    ? new Refused<>(Reason.PARTNER_NOT_FOUND, "No partner with id '" + query.partnerId() + "'")
                    : new Done<>(eventLog.list(query.partnerId(), query.after(), limit)));
        });
    }

    @Override
    public Outcome<EventDetail> get(EventQuery query) {
        return WebhookAccess.guarded(query.requester(), query.partnerId(), EVENTS, "read_one", () -> {
            return unitOfWork.read(() -> detail(query));
        });
    }

    @Override
    public Outcome<EventDetail> retry(EventQuery command) {
        return WebhookAccess.guarded(command.requester(), command.partnerId(), EVENTS, "retry_one", () -> {
            return unitOfWork.write(() -> {
                Instant now = clock.instant();
                Optional<Event> event = eventLog.find(command.partnerId(), command.id());
                if (event.isEmpty()) {
                    return notFound();
                }
                deliveries.retry(event.get(), now);
                auditLog.append(AuditRecord.of(command.requester().context(), now, Optional.of(command.partnerId()),
                        "event.retry", command.id().toString(), AuditRecord.SUCCEEDED));
                return detail(command);
            });
        });
    }

    @Override
    public Outcome<Integer> recover(RecoverEndpointCommand command) {
        return WebhookAccess.guarded(command.requester(), command.partnerId(), EVENTS, "retry_one", () -> {
            return unitOfWork.write(() -> {
                Instant now = clock.instant();
                if (endpoints.find(command.partnerId(), command.endpointId()).isEmpty()) {
                    return new Refused<>(Reason.NOT_FOUND, "Webhook not found");
                }
                int queued = deliveries.recover(command.partnerId(), command.endpointId(), command.since(), now,
                        RECOVER_MAX);
                auditLog.append(AuditRecord.of(command.requester().context(), now, Optional.of(command.partnerId()),
                        "webhook.recover", command.endpointId().toString(), AuditRecord.SUCCEEDED));
                return new Done<>(queued);
            });
        });
    }

    private Outcome<EventDetail> detail(EventQuery query) {
        return eventLog.find(query.partnerId(), query.id())
                .<Outcome<EventDetail>>map(event -> new Done<>(new EventDetail(event, deliveries.ofEvent(event.id()))))
                .orElseGet(ManageEventLogService::notFound);
    }

    private static <T> Outcome<T> notFound() {
        return new Refused<>(Reason.NOT_FOUND, "Event not found");
    }
}
