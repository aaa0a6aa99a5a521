package com.ledgerport.adapter.out.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.domain.event.DeliveryId;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher against a scripted delivery service: claims ahead of the workers, never starts an attempt whose
 * lease could end before it does, and keeps one endpoint's deliveries from holding up another's. Waits are for
 * events (with a generous limit), never timings.
 */
class WebhookDispatcherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final WebhookEndpointId SLOW = new WebhookEndpointId(UUID.randomUUID());
    private static final WebhookEndpointId FAST = new WebhookEndpointId(UUID.randomUUID());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-15T12:00:00Z"));
    private final ScriptedDeliveries service = new ScriptedDeliveries();
    private WebhookDispatcher dispatcher;

    @AfterEach
    void stop() {
        service.openAll();
        if (dispatcher != null) {
            dispatcher.stop();
        }
    }

    @Test
    void the_next_claim_runs_while_the_previous_claims_deliveries_are_in_flight() throws Exception {
        dispatcher = start(2, 2);
        Claimed first = claimed(FAST);
        Claimed second = claimed(FAST);
        service.gate(first);
        service.gate(second);
        service.nextClaim(first, second);
        dispatcher.eventsCommitted();
        awaitTrue(() -> service.started.size() == 2);

        Claimed third = claimed(FAST);
        service.nextClaim(third);
        dispatcher.eventsCommitted();
        awaitTrue(() -> dispatcher.held() == 3);

        // Both workers are still in their attempts: the third delivery was claimed ahead and waits its turn.
        assertEquals(Set.of(first, second), Set.copyOf(service.started));
        assertEquals(2 * WebhookDispatcher.HELD_PER_SLOT, service.limits.get(0), "claims up to the held bound");
        service.open(first);
        awaitTrue(() -> service.started.contains(third));
        service.openAll();
        awaitTrue(() -> dispatcher.held() == 0);
        assertEquals(List.of(), List.copyOf(service.released));
    }

    @Test
    void a_queued_delivery_whose_lease_has_no_more_than_the_timeout_left_is_given_back_not_attempted()
            throws Exception {
        dispatcher = start(1, 1);
        Claimed running = claimed(FAST);
        Claimed waiting = claimed(FAST);
        startFirstOfTwo(running, waiting);

        // While the only worker is busy, the queued delivery's lease runs down to exactly the timeout.
        clock.set(waiting.leaseUntil().minus(TIMEOUT));
        service.open(running);

        awaitTrue(() -> service.released.contains(waiting));
        awaitTrue(() -> dispatcher.held() == 0);
        assertEquals(List.of(running), List.copyOf(service.started), "never attempted on a lease that may end");
    }

    @Test
    void a_slow_endpoint_holds_its_own_share_and_never_the_others_deliveries() throws Exception {
        int perEndpoint = 2;
        dispatcher = start(8, perEndpoint);
        List<Claimed> slow = new ArrayList<>();
        for (int i = 0; i < perEndpoint * WebhookDispatcher.HELD_PER_SLOT + 3; i++) {
            Claimed delivery = claimed(SLOW);
            service.gate(delivery);
            slow.add(delivery);
        }
        Claimed fast = claimed(FAST);
        List<Claimed> firstClaim = new ArrayList<>(slow);
        firstClaim.add(fast);
        service.nextClaim(firstClaim.toArray(Claimed[]::new));
        dispatcher.eventsCommitted();

        awaitTrue(() -> service.finished.contains(fast));
        awaitTrue(() -> service.released.size() == 3);
        // Only the bound of the slow endpoint is in flight, its held share queued, the rest given back at once.
        awaitTrue(() -> service.started.stream().filter(one -> one.endpoint().id().equals(SLOW)).count() == perEndpoint);
        awaitTrue(() -> dispatcher.held() == perEndpoint * WebhookDispatcher.HELD_PER_SLOT);
        assertEquals(perEndpoint, service.started.stream().filter(one -> one.endpoint().id().equals(SLOW)).count());
        assertTrue(service.released.stream().allMatch(one -> one.endpoint().id().equals(SLOW)));

        dispatcher.eventsCommitted();
        awaitTrue(() -> service.limits.size() >= 2);
        awaitTrue(() -> service.excluded.get(service.excluded.size() - 1).contains(SLOW));
        assertFalse(service.excluded.get(service.excluded.size() - 1).contains(FAST));
    }

    @Test
    void workers_go_on_posting_while_the_recorder_writes_and_a_delivery_stays_held_until_recorded() throws Exception {
        dispatcher = start(1, 1);
        service.recording = new CountDownLatch(1);
        Claimed first = claimed(FAST);
        Claimed second = claimed(FAST);
        service.nextClaim(first, second);
        dispatcher.eventsCommitted();

        // One worker, one place per endpoint: the second POST follows the first while its record is still pending.
        awaitTrue(() -> service.finished.contains(second));
        assertEquals(List.of(), List.copyOf(service.recorded));
        assertEquals(2, dispatcher.held(), "sent and not yet recorded: still held (its lease with it)");

        service.recording.countDown();
        awaitTrue(() -> service.recorded.containsAll(List.of(first, second)));
        awaitTrue(() -> dispatcher.held() == 0);
    }

    @Test
    void a_stopping_node_records_what_it_sent_and_gives_back_what_it_had_not_started() throws Exception {
        dispatcher = start(1, 1);
        Claimed sentOne = claimed(FAST);
        Claimed queuedOne = claimed(FAST);
        startFirstOfTwo(sentOne, queuedOne);

        service.open(sentOne);
        dispatcher.stop();

        assertTrue(service.recorded.contains(sentOne));
        assertTrue(service.released.contains(queuedOne) || service.recorded.contains(queuedOne));
        assertEquals(0, dispatcher.held());
    }

    /** One claim of both; the first is started and held in its POST, the second waits in the queue. */
    private void startFirstOfTwo(Claimed first, Claimed second) throws InterruptedException {
        service.gate(first);
        service.nextClaim(first, second);
        dispatcher.eventsCommitted();
        awaitTrue(() -> service.started.contains(first));
    }

    private WebhookDispatcher start(int concurrency, int perEndpoint) {
        WebhookSettings settings = new WebhookSettings();
        settings.setConcurrency(concurrency);
        settings.setConcurrencyPerEndpoint(perEndpoint);
        settings.setTimeout(TIMEOUT);
        settings.setLease(LEASE);
        settings.setPollInterval(Duration.ofMillis(50));
        WebhookDispatcher started = new WebhookDispatcher(service, settings, clock);
        started.start();
        return started;
    }

    private Claimed claimed(WebhookEndpointId endpoint) {
        Instant now = clock.instant();
        return new Claimed(new DeliveryId(UUID.randomUUID()), UUID.randomUUID(), now.plus(LEASE),
                new WebhookEndpoint(endpoint, new PartnerId(UUID.randomUUID()), WebhookContract.PARTNER_S2S,
                        "https://hooks.partner.example/" + endpoint.value(), "", Set.of(), true, Optional.empty(),
                        now, now),
                null, 0, 0);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not come true");
            }
            Thread.sleep(5);
        }
    }

    /** Answers scripted claims once each, records every call, and holds gated attempts until opened. */
    private static final class ScriptedDeliveries implements DeliverWebhooksUseCase {
        final ConcurrentLinkedQueue<List<Claimed>> claims = new ConcurrentLinkedQueue<>();
        final List<Integer> limits = Collections.synchronizedList(new ArrayList<>());
        final List<Set<WebhookEndpointId>> excluded = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<Claimed> started = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Claimed> finished = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Claimed> released = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Claimed> recorded = new ConcurrentLinkedQueue<>();
        final ConcurrentHashMap<DeliveryId, CountDownLatch> gates = new ConcurrentHashMap<>();
        volatile CountDownLatch recording;

        void nextClaim(Claimed... deliveries) {
            claims.add(List.of(deliveries));
        }

        void gate(Claimed delivery) {
            gates.put(delivery.id(), new CountDownLatch(1));
        }

        void open(Claimed delivery) {
            gates.get(delivery.id()).countDown();
        }

        void openAll() {
            gates.values().forEach(CountDownLatch::countDown);
            CountDownLatch held = recording;
            if (held != null) {
                held.countDown();
            }
        }

        @Override
        public List<Claimed> claim(ClaimCommand command) {
            limits.add(command.limit());
            excluded.add(Set.copyOf(command.excluded()));
            List<Claimed> next = claims.poll();
            return next == null ? List.of() : next;
        }

        @Override
        public void release(Claimed claimed) {
            released.add(claimed);
        }

        @Override
        public void release(List<Claimed> claimed) {
            released.addAll(claimed);
        }

        @Override
        public AttemptOutcome attempt(Claimed claimed) {
            return record(List.of(send(claimed))).get(0);
        }

        @Override
        public Sent send(Claimed claimed) {
            started.add(claimed);
            await(gates.get(claimed.id()));
            finished.add(claimed);
            return new Sent(claimed, null, true, false);
        }

        @Override
        public List<AttemptOutcome> record(List<Sent> sent) {
            await(recording);
            sent.forEach(one -> recorded.add(one.claimed()));
            return sent.stream().map(one -> AttemptOutcome.DELIVERED).toList();
        }

        private static void await(CountDownLatch gate) {
            if (gate != null) {
                try {
                    gate.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
