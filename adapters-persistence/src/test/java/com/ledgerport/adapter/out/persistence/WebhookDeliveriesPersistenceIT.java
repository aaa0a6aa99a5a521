package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.WebhookDeliveries;
import com.ledgerport.application.port.out.WebhookDeliveries.Attempt;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.application.port.out.WebhookDeliveries.Status;
import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Deliveries on H2 and PostgreSQL: fan-out with the event, leases, and concurrent claimers that never share a row. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveriesPersistenceIT implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    Outbox outbox;
    @Inject
    WebhookEndpoints endpoints;
    @Inject
    WebhookDeliveries deliveries;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Partner partner() {
        Partner partner = Partner.register("Hooks Co", Currency.of("EUR"), now());
        unitOfWork.write(() -> {
            partners.add(partner);
            return null;
        });
        return partner;
    }

    private WebhookEndpoint endpoint(Partner partner, Set<EventType> types, boolean enabled) {
        WebhookEndpoint endpoint = new WebhookEndpoint(WebhookEndpointId.generate(), partner.id(),
                WebhookContract.PARTNER_S2S, "https://hooks.example/" + types.size(), "", types, enabled,
                enabled ? Optional.empty() : Optional.of("off"), now(), now());
        unitOfWork.write(() -> {
            endpoints.add(endpoint);
            return null;
        });
        return endpoint;
    }

    private Event append(Partner partner, EventType type, String objectId) {
        return unitOfWork.write(() -> outbox.append(new NewEvent(partner.id(), Mode.LIVE, type, objectId,
                EventPayload.of(Map.of()), now())));
    }

    private List<Claimed> claim(Instant at, Duration lease, int limit) {
        return unitOfWork.write(() -> deliveries.claim(at, at.plus(lease), limit, Set.of()));
    }

    @Test
    void an_event_gets_one_delivery_per_enabled_endpoint_of_its_partner_that_wants_its_type() {
        Partner partner = partner();
        WebhookEndpoint orders = endpoint(partner, Set.of(EventType.ORDER_STATUS_CHANGED), true);
        WebhookEndpoint everything = endpoint(partner, Set.of(), true);
        endpoint(partner, Set.of(), false);
        endpoint(partner(), Set.of(), true);

        Event order = append(partner, EventType.ORDER_STATUS_CHANGED, "order-1");
        Event hook = append(partner, EventType.HOOK_CREATED, "hook-1");
        assertEquals(Set.of(orders.id(), everything.id()), unitOfWork.read(() -> Set.copyOf(
                deliveries.ofEvent(order.id()).stream().map(WebhookDeliveries.DeliveryView::endpointId).toList())));
        assertEquals(List.of(everything.id()), unitOfWork.read(() -> deliveries.ofEvent(hook.id()).stream()
                .map(WebhookDeliveries.DeliveryView::endpointId).toList()));
    }

    @Test
    void a_rolled_back_event_leaves_no_delivery_and_a_lease_keeps_a_delivery_with_its_holder() {
        Partner partner = partner();
        endpoint(partner, Set.of(EventType.ACCESS_TOKEN_UPDATED), true);
        try {
            unitOfWork.write(() -> {
                outbox.append(new NewEvent(partner.id(), Mode.LIVE, EventType.ACCESS_TOKEN_UPDATED, "token-rolled",
                        EventPayload.of(Map.of()), now()));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the event and its delivery vanish together
        }
        Event event = append(partner, EventType.ACCESS_TOKEN_UPDATED, "token-1");
        Instant start = now().plusSeconds(3600);
        List<Claimed> first = claim(start, Duration.ofSeconds(60), 1000).stream()
                .filter(claimed -> claimed.event().id().equals(event.id())).toList();
        assertEquals(1, first.size(), "the committed event's delivery, and nothing of the rolled-back one");
        assertTrue(claim(start.plusSeconds(30), Duration.ofSeconds(60), 1000).stream()
                .noneMatch(claimed -> claimed.event().id().equals(event.id())), "leased: nobody else claims it");
        List<Claimed> second = claim(start.plusSeconds(61), Duration.ofSeconds(60), 1000).stream()
                .filter(claimed -> claimed.event().id().equals(event.id())).toList();
        assertEquals(1, second.size(), "the lease ended: another node takes it");
        Attempt attempt = new Attempt(1, start, Optional.of(200), 5, Optional.empty(), "test");
        assertFalse(unitOfWork.write(() -> deliveries.finish(first.get(0), attempt, Status.DELIVERED, start, start)),
                "the first holder lost its lease: its outcome is not recorded");
        assertTrue(unitOfWork.write(() -> deliveries.finish(second.get(0), attempt, Status.DELIVERED, start, start)));
        assertEquals(Status.DELIVERED, unitOfWork.read(() -> deliveries.ofEvent(event.id())).get(0).status());
    }

    @Test
    void a_batch_of_finishes_records_exactly_the_attempts_whose_lease_is_still_held() {
        Partner partner = partner();
        endpoint(partner, Set.of(EventType.TRANSACTION_FAILED), true);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(append(partner, EventType.TRANSACTION_FAILED, "batch-" + i));
        }
        Set<Object> ids = Set.copyOf(events.stream().map(Event::id).toList());
        Instant start = now().plusSeconds(10_800);
        List<Claimed> first = claim(start, Duration.ofSeconds(60), 1000).stream()
                .filter(claimed -> ids.contains(claimed.event().id())).toList();
        assertEquals(4, first.size());
        // The lease of first[0] ends and another node claims it: its holder's finish must not count.
        List<Claimed> taken = claim(start.plusSeconds(61), Duration.ofSeconds(60), 1000).stream()
                .filter(claimed -> ids.contains(claimed.event().id())).toList();
        assertEquals(4, taken.size(), "every lease of the first claim ended");
        Claimed stale = first.get(0);
        List<Claimed> held = taken.stream().filter(claimed -> !claimed.id().equals(stale.id())).toList();
        List<WebhookDeliveries.Finish> finishes = new ArrayList<>();
        finishes.add(new WebhookDeliveries.Finish(stale,
                new Attempt(1, start, Optional.of(200), 3, Optional.empty(), "stale"), Status.DELIVERED, start));
        finishes.add(new WebhookDeliveries.Finish(held.get(0),
                new Attempt(1, start, Optional.of(200), 4, Optional.empty(), "n"), Status.DELIVERED, start));
        finishes.add(new WebhookDeliveries.Finish(held.get(1),
                new Attempt(1, start, Optional.of(500), 5, Optional.of("HTTP 500"), "n"), Status.PENDING,
                start.plusSeconds(600)));
        finishes.add(new WebhookDeliveries.Finish(held.get(2),
                new Attempt(1, start, Optional.empty(), 6, Optional.of("refused"), "n"), Status.FAILED, start));

        boolean[] recorded = unitOfWork.write(() -> deliveries.finishAll(finishes, start.plusSeconds(62)));

        assertEquals(List.of(false, true, true, true), List.of(recorded[0], recorded[1], recorded[2], recorded[3]));
        List<WebhookDeliveries.DeliveryView> views = events.stream()
                .flatMap(event -> unitOfWork.read(() -> deliveries.ofEvent(event.id())).stream()).toList();
        Map<Object, WebhookDeliveries.DeliveryView> byId = new java.util.HashMap<>();
        views.forEach(view -> byId.put(view.id(), view));
        WebhookDeliveries.DeliveryView staleView = byId.get(stale.id());
        assertEquals(Status.PENDING, staleView.status());
        assertEquals(0, staleView.attempts());
        assertTrue(staleView.attemptLog().isEmpty(), "no attempt recorded without the lease");
        assertEquals(Status.DELIVERED, byId.get(held.get(0).id()).status());
        assertEquals(Status.PENDING, byId.get(held.get(1).id()).status());
        assertEquals(start.plusSeconds(600), byId.get(held.get(1).id()).nextAttemptAt());
        assertEquals(Status.FAILED, byId.get(held.get(2).id()).status());
        for (int i = 0; i < 3; i++) {
            WebhookDeliveries.DeliveryView view = byId.get(held.get(i).id());
            assertEquals(1, view.attempts());
            assertEquals(List.of(finishes.get(i + 1).attempt()), view.attemptLog());
        }
        assertTrue(claim(start.plusSeconds(62), Duration.ofSeconds(60), 1000).stream()
                .noneMatch(claimed -> ids.contains(claimed.event().id())), "the stale finish left the lease alone");
    }

    @Test
    void concurrent_claimers_never_get_the_same_delivery() throws Exception {
        Partner partner = partner();
        endpoint(partner, Set.of(EventType.ACCESS_TOKEN_CREATED), true);
        Set<String> objects = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 200; i++) {
            objects.add(append(partner, EventType.ACCESS_TOKEN_CREATED, "token-" + i).id().toString());
        }
        Instant at = now().plusSeconds(7200);
        Map<String, Integer> claimedTimes = new ConcurrentHashMap<>();
        AtomicInteger emptyRounds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                claimers.add(pool.submit(() -> {
                    while (claimedOf(claimedTimes, objects) < objects.size() && emptyRounds.get() < 2_000) {
                        List<Claimed> batch = claim(at, Duration.ofHours(1), 7);
                        if (batch.isEmpty()) {
                            emptyRounds.incrementAndGet();
                        }
                        batch.forEach(claimed -> claimedTimes.merge(claimed.event().id().toString(), 1, Integer::sum));
                    }
                }));
            }
            for (Future<?> claimer : claimers) {
                claimer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(objects.size(), claimedOf(claimedTimes, objects), "every delivery was claimed");
        claimedTimes.forEach((event, times) -> assertEquals(1, times, "claimed twice: " + event));
    }

    private static int claimedOf(Map<String, Integer> claimedTimes, Set<String> objects) {
        return (int) claimedTimes.keySet().stream().filter(objects::contains).count();
    }
}
