package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.application.port.out.WebhookTargets;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class ManageWebhookEndpointsService implements ManageWebhookEndpointsUseCase {

    private static final String HOOKS = "hooks";

    private final UnitOfWork unitOfWork;
    private final PartnerLocks partnerLocks;
    private final Partners partners;
    private final WebhookEndpoints endpoints;
    private final WebhookTargets targets;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManageWebhookEndpointsService(UnitOfWork unitOfWork, PartnerLocks partnerLocks, Partners partners,
            WebhookEndpoints endpoints, WebhookTargets targets, Outbox outbox, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partnerLocks = partnerLocks;
        this.partners = partners;
        this.endpoints = endpoints;
        this.targets = targets;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Outcome<WebhookEndpoint> register(RegisterWebhookCommand command) {
        return WebhookAccess.guarded(command.requester(), command.partnerId(), HOOKS, "create_one", () -> {
            // Resolving the host may take a while: before the transaction opens.
            WebhookTargets.Verdict verdict = targets.check(command.url());
            Optional<Refused<WebhookEndpoint>> invalid = checkTypes(command.contract(), command.eventTypes());
            return unitOfWork.write(() -> {
                Instant now = clock.instant();
                if (!partnerLocks.lock(command.partnerId())) {
                    return new Refused<>(Reason.PARTNER_NOT_FOUND, "No partner with id '" + command.partnerId() + "'");
                }
                if (verdict instanceof WebhookTargets.Refused no) {
                    return new Refused<>(Reason.URL_REFUSED, no.detail());
                }
                if (invalid.isPresent()) {
                    return invalid.get();
                }
                if (endpoints.count(command.partnerId()) >= WebhookEndpoint.PER_PARTNER_MAX) {
                    return new Refused<>(Reason.TOO_MANY, "A partner has at most " + WebhookEndpoint.PER_PARTNER_MAX
                            + " webhook endpoints; delete one first");
                }
                WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointId.generate(), command.partnerId(),
                        command.contract(), ((WebhookTargets.Allowed) verdict).normalisedUrl(), command.description(),
                        command.eventTypes(), true, Optional.empty(), now, now);
                endpoints.add(endpoint);
                changed(command.requester(), EventType.HOOK_CREATED, endpoint, "webhook.create", now);
                return new Done<>(endpoint);
            });
        });
    }

    @Override
    public Outcome<WebhookEndpoint> get(WebhookQuery query) {
        return WebhookAccess.guarded(query.requester(), query.partnerId(), HOOKS, "read_one", () -> {
            return unitOfWork.read(() -> endpoints.find(query.partnerId(), query.id())
                    .<Outcome<WebhookEndpoint>>map(Done::new).orElseGet(ManageWebhookEndpointsService::notFound));
        });
    }

    @Override
    public Outcome<List<WebhookEndpoint>> list(ListWebhooksQuery query) {
        return WebhookAccess.guarded(query.requester(), query.partnerId(), HOOKS, "read_many", () -> {
            int limit = Math.max(1, Math.min(query.limit(), PER_PAGE_MAX));
            return unitOfWork.read(() -> partners.find(query.partnerId()).isEmpty()
                    ? new Refused<>(Reason.PARTNER_NOT_FOUND, "No partner with id '" + query.partnerId() + "'")
                    : new Done<>(endpoints.list(query.partnerId(), query.after(), limit)));
        });
    }

    @Override
    public Outcome<WebhookEndpoint> update(UpdateWebhookCommand command) {
        return WebhookAccess.guarded(command.requester(), command.partnerId(), HOOKS, "update_one", () -> {
            Optional<WebhookTargets.Verdict> verdict = command.url().map(targets::check);
            return unitOfWork.write(() -> {
                Instant now = clock.instant();
                partnerLocks.lock(command.partnerId());
                Optional<WebhookEndpoint> found = endpoints.find(command.partnerId(), command.id());
                if (found.isEmpty()) {
                    return notFound();
                }
                WebhookEndpoint current = found.get();
                if (verdict.isPresent() && verdict.get() instanceof WebhookTargets.Refused no) {
                    return new Refused<>(Reason.URL_REFUSED, no.detail());
                }
                Set<EventType> types = command.eventTypes().orElse(current.eventTypes());
                Optional<Refused<WebhookEndpoint>> invalid = checkTypes(current.contract(), types);
                if (invalid.isPresent()) {
                    return invalid.get();
                }
                boolean enabled = command.enabled().orElse(current.enabled());
                Optional<String> reason = enabled ? Optional.empty()
                        : command.enabled().isPresent() ? Optional.of("disabled by request") : current.disabledReason();
                WebhookEndpoint updated = new WebhookEndpoint(current.id(), current.partnerId(), current.contract(),
                        verdict.map(v -> ((WebhookTargets.Allowed) v).normalisedUrl()).orElse(current.url()),
                        command.description().orElse(current.description()), types, enabled, reason,
                        current.createdAt(), now);
                endpoints.update(updated);
                changed(command.requester(), EventType.HOOK_UPDATED, updated, "webhook.update", now);
                return new Done<>(updated);
            });
        });
    }

    @Override
    public Outcome<WebhookEndpoint> delete(WebhookQuery command) {
        return WebhookAccess.guarded(command.requester(), command.partnerId(), HOOKS, "delete_one", () -> {
            return unitOfWork.write(() -> {
                Instant now = clock.instant();
                partnerLocks.lock(command.partnerId());
                Optional<WebhookEndpoint> found = endpoints.find(command.partnerId(), command.id());
                if (found.isEmpty()) {
                    return notFound();
                }
                endpoints.delete(command.partnerId(), command.id(), now);
                changed(command.requester(), EventType.HOOK_DELETED, found.get(), "webhook.delete", now);
                return new Done<>(found.get());
            });
        });
    }

    private static Optional<Refused<WebhookEndpoint>> checkTypes(WebhookContract contract, Set<EventType> types) {
        Set<EventType> allowed = contract.restrictedTo();
        if (!allowed.isEmpty() && (types.isEmpty() || !allowed.containsAll(types))) {
            return Optional.of(new Refused<>(Reason.EVENT_TYPES_REFUSED, "This contract delivers only "
                    + allowed.stream().map(EventType::wireName).sorted().toList()));
        }
        return Optional.empty();
    }

    private void changed(Requester requester, EventType type, WebhookEndpoint endpoint, String action, Instant now) {
        outbox.append(new NewEvent(endpoint.partnerId(), WebhookAccess.mode(requester), type, endpoint.id().toString(),
                EventPayload.of(payload(endpoint)), now));
        auditLog.append(AuditRecord.of(requester.context(), now, Optional.of(endpoint.partnerId()), action,
                endpoint.id().toString(), AuditRecord.SUCCEEDED));
    }

    /** What hook events carry: the endpoint as its owner sees it. */
    static Map<String, Object> payload(WebhookEndpoint endpoint) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", endpoint.id().toString());
        data.put("company", endpoint.partnerId().toString());
        data.put("url", endpoint.url());
        data.put("description", endpoint.description());
        data.put("events", new ArrayList<Object>(endpoint.eventTypes().stream().map(EventType::wireName).sorted()
                .toList()));
        data.put("enabled", endpoint.enabled());
        data.put("disabledReason", endpoint.disabledReason().orElse(null));
        return data;
    }

    private static <T> Outcome<T> notFound() {
        return new Refused<>(Reason.NOT_FOUND, "Webhook not found");
    }
}
