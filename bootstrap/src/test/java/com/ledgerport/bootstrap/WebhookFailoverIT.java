package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase.ClaimCommand;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.bootstrap.WebhookReceiver.Received;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deliveries survive their node: a node that claimed a delivery and died leaves it to the next node once the lease
 * ends (never before), and a node stopped in the middle of retries loses nothing when another starts. Runs on H2
 * (one node at a time on one in-memory database) and in the PostgreSQL suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookFailoverIT {

    static final Duration LEASE = Duration.ofSeconds(4);
    static final Duration WITHIN = Duration.ofSeconds(30);

    private final TestDatabase database = TestDatabase.create();
    private final WebhookNodes nodes = new WebhookNodes(database);
    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeAll
    void startReceiver() {
        receiver.start();
    }

    @AfterAll
    void stop() {
        receiver.close();
        database.close();
    }

    @Test
    void a_delivery_claimed_by_a_node_that_died_goes_out_from_another_node_when_the_lease_ends() {
        EmbeddedServer first = nodes.start(false);
        String partner = nodes.partnerWithEndpoint(first, receiver.url("/died"));
        WebhookNodes.append(first, partner, "order-died");
        // The first node claims and "dies" before its attempt: nothing is recorded, the lease stays.
        List<Claimed> claimed = first.getApplicationContext().getBean(DeliverWebhooksUseCase.class)
                .claim(new ClaimCommand(10, Set.of()));
        long claimedAt = System.nanoTime();
        assertEquals(1, claimed.size());
        first.close();

        EmbeddedServer second = nodes.start(true);
        try {
            await().atMost(WITHIN).until(() -> receiver.receivedAt("/died").size() == 1);
            Received request = receiver.receivedAt("/died").get(0);
            assertEquals(claimed.get(0).id().toString(), request.header("webhook-id"), "the same idempotency key");
            assertTrue(request.arrivedNanos() - claimedAt >= LEASE.minusMillis(200).toNanos(),
                    "not before the lease ended");
            await().during(Duration.ofMillis(500)).atMost(WITHIN).until(() -> true);
            assertEquals(1, receiver.receivedAt("/died").size(), "exactly once");
        } finally {
            second.close();
        }
    }

    @Test
    void stopping_the_server_in_the_middle_of_retries_and_starting_another_loses_nothing() {
        receiver.answer(request -> request.path().equals("/restart") ? 500 : 200);
        EmbeddedServer first = nodes.start(true);
        String partner = nodes.partnerWithEndpoint(first, receiver.url("/restart"));
        for (int i = 0; i < 5; i++) {
            WebhookNodes.append(first, partner, "order-restart-" + i);
        }
        await().atMost(WITHIN).until(() -> objects(receiver.receivedAt("/restart")).size() == 5);
        first.close();
        receiver.answer(request -> 200);
        int before = receiver.receivedAt("/restart").size();

        EmbeddedServer second = nodes.start(true);
        try {
            await().atMost(WITHIN).until(() -> receiver.receivedAt("/restart").size() >= before + 5);
            List<Received> after = receiver.receivedAt("/restart").subList(before, before + 5);
            assertEquals(5, objects(after).size(), "every event once more, now answered 200");
            Set<String> keys = new HashSet<>();
            receiver.receivedAt("/restart").forEach(request -> keys.add(request.header("webhook-id")));
            assertEquals(5, keys.size(), "one idempotency key per event across both nodes");
        } finally {
            second.close();
        }
    }

    private static Set<String> objects(List<Received> requests) {
        Set<String> objects = new HashSet<>();
        for (Received request : requests) {
            String text = request.text();
            int at = text.indexOf("order-restart-");
            objects.add(text.substring(at, at + "order-restart-".length() + 1));
        }
        return objects;
    }
}
