package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.in.ManageEventLogUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.EventLog;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.WebhookDeliveries;
import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.application.port.out.WebhookTargets;
import com.ledgerport.application.port.out.WebhookTransport;
import com.ledgerport.application.service.DeliverWebhooksService;
import com.ledgerport.application.service.ManageEventLogService;
import com.ledgerport.application.service.ManageWebhookEndpointsService;
import com.ledgerport.domain.event.RetrySchedule;
import com.ledgerport.domain.shared.SecretBox;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Events, webhooks and the event log: the services, with the retry schedule and lease from configuration. */
@Factory
final class EventsFactory {

    @Singleton
    ManageWebhookEndpointsUseCase manageWebhookEndpoints(UnitOfWork unitOfWork, PartnerLocks partnerLocks,
            Partners partners, WebhookEndpoints endpoints, WebhookTargets targets, Outbox outbox, AuditLog auditLog,
            Clock clock) {
        return new ManageWebhookEndpointsService(unitOfWork, partnerLocks, partners, endpoints, targets, outbox,
                auditLog, clock);
    }

    @Singleton
    ManageEventLogUseCase manageEventLog(UnitOfWork unitOfWork, EventLog eventLog, Partners partners,
            WebhookDeliveries deliveries, WebhookEndpoints endpoints, AuditLog auditLog, Clock clock) {
        return new ManageEventLogService(unitOfWork, eventLog, partners, deliveries, endpoints, auditLog, clock);
    }

    @Singleton
    DeliverWebhooksUseCase deliverWebhooks(UnitOfWork unitOfWork, WebhookDeliveries deliveries,
            WebhookEndpoints endpoints, WebhookTargets targets, WebhookTransport transport,
            SigningSecrets signingSecrets, SecretBox secretBox, Outbox outbox,
            @Value("${ledgerport.webhooks.retry.initial-delay:30s}") Duration initialDelay,
            @Value("${ledgerport.webhooks.lease:60s}") Duration lease, Clock clock) {
        return new DeliverWebhooksService(unitOfWork, deliveries, endpoints, targets, transport, signingSecrets,
                secretBox, outbox, new RetrySchedule(initialDelay), lease, nodeName(), clock);
    }

    /** Shown in the event log beside each attempt: which node made it. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 128 ? name : name.substring(name.length() - 128);
    }
}
