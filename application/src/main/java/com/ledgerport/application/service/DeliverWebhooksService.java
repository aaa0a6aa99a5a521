package com.ledgerport.application.service;

import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.WebhookDeliveries;
import com.ledgerport.application.port.out.WebhookDeliveries.Attempt;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.application.port.out.WebhookDeliveries.Finish;
import com.ledgerport.application.port.out.WebhookDeliveries.Status;
import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.application.port.out.WebhookTargets;
import com.ledgerport.application.port.out.WebhookTransport;
import com.ledgerport.application.port.out.WebhookTransport.Response;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.RetrySchedule;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.event.WebhookSignatures;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One attempt of one delivery: sign the contract's body with the partner's signing secrets, POST it, record the
 * attempt, and decide: 2xx delivered; 410 disables the endpoint; anything else is retried by the schedule, and a
 * delivery out of retries counts towards disabling its endpoint. Disabling appends
 * {@link EventType#WEBHOOK_ENDPOINT_DISABLED}, which goes to the partner's other endpoints (and WebSocket).
 */
public final class DeliverWebhooksService implements DeliverWebhooksUseCase {

    public static final int CLAIM_LIMIT_MAX = 500;
    public static final int ERROR_LENGTH_MAX = 500;
    static final int GONE = 410;
    /**
     * How long a node reuses a partner's unsealed signing keys: a rotation shows in deliveries within this time
     * (the previous secret keeps verifying for the rotation overlap, hours by default).
     */
    static final Duration KEYS_REUSED_FOR = Duration.ofSeconds(1);
    static final int KEYS_CACHED_MAX = 10_000;

    private record Keys(Instant readAt, List<byte[]> keys) {
    }

    private static final System.Logger LOG = System.getLogger(DeliverWebhooksService.class.getName());

    private final Map<PartnerId, Keys> keysByPartner = new ConcurrentHashMap<>();

    private final UnitOfWork unitOfWork;
    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTargets targets;
    private final WebhookTransport transport;
    private final SigningSecrets signingSecrets;
    private final SecretBox secretBox;
    private final Outbox outbox;
    private final RetrySchedule schedule;
    private final Duration lease;
    private final String node;
    private final Clock clock;

    public DeliverWebhooksService(UnitOfWork unitOfWork, WebhookDeliveries deliveries, WebhookEndpoints endpoints,
            WebhookTargets targets, WebhookTransport transport, SigningSecrets signingSecrets, SecretBox secretBox,
            Outbox outbox, RetrySchedule schedule, Duration lease, String node, Clock clock) {
        Require.that(lease.compareTo(Duration.ofSeconds(1)) >= 0, "the delivery lease is at least a second");
        this.unitOfWork = unitOfWork;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.targets = targets;
        this.transport = transport;
        this.signingSecrets = signingSecrets;
        this.secretBox = secretBox;
        this.outbox = outbox;
        this.schedule = schedule;
        this.lease = lease;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public List<Claimed> claim(ClaimCommand command) {
        int limit = Math.max(0, Math.min(command.limit(), CLAIM_LIMIT_MAX));
        if (limit == 0) {
            return List.of();
        }
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            return deliveries.claim(now, now.plus(lease), limit, command.excluded());
        });
    }

    @Override
    public void release(Claimed claimed) {
        release(List.of(claimed));
    }

    @Override
    public void release(List<Claimed> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        unitOfWork.write(() -> {
            claimed.forEach(one -> deliveries.release(one.id(), one.leaseToken()));
            return null;
        });
    }

    @Override
    public AttemptOutcome attempt(Claimed claimed) {
        return record(List.of(send(claimed))).get(0);
    }

    @Override
    public Sent send(Claimed claimed) {
        Instant startedAt = clock.instant();
        Response response = send(claimed, startedAt);
        boolean delivered = response.statusCode().filter(code -> code >= 200 && code < 300).isPresent();
        boolean gone = response.statusCode().filter(code -> code == GONE).isPresent();
        Attempt attempt = new Attempt(claimed.attempts() + 1, startedAt, response.statusCode(),
                response.latency().toMillis(), response.error().map(DeliverWebhooksService::clip), node);
        return new Sent(claimed, attempt, delivered, gone);
    }

    @Override
    public List<AttemptOutcome> record(List<Sent> sent) {
        List<AttemptOutcome> outcomes = new ArrayList<>(sent.size());
        for (int from = 0; from < sent.size(); from += RECORDED_TOGETHER_MAX) {
            List<Sent> batch = sent.subList(from, Math.min(sent.size(), from + RECORDED_TOGETHER_MAX));
            try {
                outcomes.addAll(unitOfWork.write(() -> record(batch, clock.instant())));
            } catch (RuntimeException failed) {
                if (batch.size() == 1) {
                    LOG.log(System.Logger.Level.WARNING, "Recording the attempt of webhook delivery "
                            + batch.get(0).claimed().id() + " failed; claimed again when its lease ends", failed);
                    outcomes.add(AttemptOutcome.NOT_RECORDED);
                    continue;
                }
                // One bad attempt must not lose the others: record them one by one.
                for (Sent one : batch) {
                    outcomes.addAll(record(List.of(one)));
                }
            }
        }
        return outcomes;
    }

    /** Within one unit of work: finishes every delivery of the batch whose lease this node still holds. */
    private List<AttemptOutcome> record(List<Sent> batch, Instant now) {
        List<Finish> finishes = new ArrayList<>(batch.size());
        for (Sent sent : batch) {
            int roundAttempts = sent.claimed().roundAttempts() + 1;
            Status status = sent.delivered() ? Status.DELIVERED
                    : schedule.retriesAfter(roundAttempts) && !sent.gone() ? Status.PENDING : Status.FAILED;
            Instant next = status == Status.PENDING
                    ? now.plus(schedule.delayBefore(roundAttempts, ThreadLocalRandom.current().nextDouble()))
                    : now;
            finishes.add(new Finish(sent.claimed(), sent.attempt(), status, next));
        }
        boolean[] held = deliveries.finishAll(finishes, now);
        Set<WebhookEndpointId> succeeded = new LinkedHashSet<>();
        for (int i = 0; i < held.length; i++) {
            if (held[i] && batch.get(i).delivered()) {
                succeeded.add(batch.get(i).claimed().endpoint().id());
            }
        }
        if (!succeeded.isEmpty()) {
            endpoints.succeeded(succeeded);
        }
        List<AttemptOutcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < held.length; i++) {
            outcomes.add(held[i] ? decide(batch.get(i), finishes.get(i).status(), now) : AttemptOutcome.LEASE_LOST);
        }
        return outcomes;
    }

    private AttemptOutcome decide(Sent sent, Status status, Instant now) {
        if (sent.delivered()) {
            return AttemptOutcome.DELIVERED;
        }
        WebhookEndpoint endpoint = sent.claimed().endpoint();
        if (sent.gone()) {
            disable(endpoint, "the endpoint answered 410 Gone", now);
        } else if (status == Status.FAILED
                && endpoints.deliveryFailed(endpoint.id()) >= WebhookEndpoint.FAILED_DELIVERIES_MAX) {
            disable(endpoint, WebhookEndpoint.FAILED_DELIVERIES_MAX + " deliveries in a row failed after "
                    + RetrySchedule.ATTEMPTS_MAX + " attempts each", now);
        }
        return status == Status.PENDING ? AttemptOutcome.RETRY_SCHEDULED : AttemptOutcome.FAILED;
    }

    private Response send(Claimed claimed, Instant now) {
        // The target is checked again before each attempt: DNS answers change after registration.
        if (targets.check(claimed.endpoint().url()) instanceof WebhookTargets.Refused refused) {
            return refusedBeforeSending("target refused: " + refused.detail());
        }
        List<byte[]> keys = keys(claimed.event().partnerId(), now);
        if (keys.isEmpty()) {
            return refusedBeforeSending("the partner has no signing secret: the operator issues one with "
                    + "POST /admin/v1/partners/{id}/signing-secret");
        }
        byte[] body = transport.body(claimed.endpoint().contract(), claimed.event(), claimed.id(), now);
        List<String[]> headers = WebhookSignatures.headers(keys, claimed.id().toString(), now.getEpochSecond(), body);
        return transport.post(claimed.endpoint().url(), headers, body);
    }

    private List<byte[]> keys(PartnerId partnerId, Instant now) {
        Keys known = keysByPartner.get(partnerId);
        if (known != null && known.readAt().plus(KEYS_REUSED_FOR).isAfter(now) && !known.readAt().isAfter(now)) {
            return known.keys();
        }
        List<byte[]> keys = unitOfWork.read(() -> signingSecrets.verifying(partnerId, now)).stream()
                .filter(secret -> secret.verifiesAt(now)).limit(SigningSecret.VERIFYING_COUNT_MAX)
                .map(secret -> secret.key(secretBox)).toList();
        if (keysByPartner.size() >= KEYS_CACHED_MAX) {
            keysByPartner.clear();
        }
        keysByPartner.put(partnerId, new Keys(now, keys));
        return keys;
    }

    private static Response refusedBeforeSending(String error) {
        return new Response(Optional.empty(), Duration.ZERO, Optional.of(error));
    }

    private void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        endpoints.disable(endpoint.id(), reason, now).ifPresent(disabled -> outbox.append(new NewEvent(
                disabled.partnerId(), Mode.LIVE, EventType.WEBHOOK_ENDPOINT_DISABLED, disabled.id().toString(),
                EventPayload.of(ManageWebhookEndpointsService.payload(disabled)), now)));
    }

    private static String clip(String error) {
        return error.length() <= ERROR_LENGTH_MAX ? error : error.substring(0, ERROR_LENGTH_MAX);
    }
}
