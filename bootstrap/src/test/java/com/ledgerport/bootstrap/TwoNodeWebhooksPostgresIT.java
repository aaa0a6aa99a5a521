package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.bootstrap.WebhookReceiver.Received;
import com.ledgerport.domain.event.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes on one PostgreSQL database, both delivering: every delivery goes out exactly once (one request per
 * idempotency key, one attempt each in the log) and both nodes take part. Runs in the PostgreSQL suite only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeWebhooksPostgresIT {

    static final int EVENTS = 300;

    private TestDatabase database;
    private WebhookNodes nodes;
    private EmbeddedServer nodeA;
    private EmbeddedServer nodeB;
    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeAll
    void startTwoNodes() {
        database = TestDatabase.create();
        if (database.engine() != TestDatabase.Engine.POSTGRESQL) {
            throw new IllegalStateException("this suite needs PostgreSQL: run it with -Ppostgresql");
        }
        nodes = new WebhookNodes(database);
        receiver.start();
        nodeA = nodes.start(true);
        nodeB = nodes.start(true);
    }

    @AfterAll
    void stop() {
        for (EmbeddedServer node : new EmbeddedServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        receiver.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void two_nodes_never_deliver_one_attempt_twice() {
        // A little latency at the receiver keeps several deliveries in flight on both nodes.
        receiver.answer(request -> {
            WebhookDeliveryIT.sleep(Duration.ofMillis(10));
            return 200;
        });
        String partner = nodes.partnerWithEndpoint(nodeA, receiver.url("/two-nodes"));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(WebhookNodes.append(i % 2 == 0 ? nodeA : nodeB, partner, "order-" + i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.receivedAt("/two-nodes").size() >= EVENTS);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> true);

        List<Received> received = receiver.receivedAt("/two-nodes");
        Map<String, Integer> perKey = new HashMap<>();
        received.forEach(request -> perKey.merge(request.header("webhook-id"), 1, Integer::sum));
        assertEquals(EVENTS, perKey.size(), "one idempotency key per event");
        assertEquals(EVENTS, received.size(), "and one request per key: " + duplicates(perKey));

        Set<Object> deliveringNodes = new HashSet<>();
        for (int i = 0; i < EVENTS; i += 10) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> deliveries = (List<Map<String, Object>>) nodes.operator(nodeB, "GET",
                    "/admin/v1/partners/" + partner + "/events/" + events.get(i).id(), null).get("deliveries");
            assertEquals(1, deliveries.size());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) deliveries.get(0).get("attempts");
            assertEquals(1, attempts.size(), "one attempt: " + attempts);
            assertEquals("delivered", deliveries.get(0).get("status"));
            deliveringNodes.add(attempts.get(0).get("node"));
        }
        assertEquals(2, deliveringNodes.size(), "both nodes delivered: " + deliveringNodes);
    }

    private static Map<String, Integer> duplicates(Map<String, Integer> perKey) {
        Map<String, Integer> twice = new HashMap<>(perKey);
        twice.values().removeIf(count -> count == 1);
        return twice;
    }
}
