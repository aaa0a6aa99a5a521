package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /ws} on two nodes sharing one PostgreSQL database: events committed through either node reach the
 * subscribers of both, each exactly once and in per-object order (every node tails the outbox below the
 * oldest running transaction, woken by NOTIFY after commit); expiring a key or revoking a session on node A
 * closes its sockets on node B within a second. Runs only with -Ppostgresql.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeWebSocketPostgresIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final int REVOKED_CLOSE = 4005;
    private static final int PUBLISHERS_PER_NODE = 3;
    private static final int OBJECTS_PER_PUBLISHER = 4;
    private static final int EVENTS_PER_OBJECT = 15;

    private TwoNodes nodes;

    @BeforeAll
    void startTwoNodes() throws Exception {
        nodes = new TwoNodes();
    }

    @AfterAll
    void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private TestSocket socket(EmbeddedServer node, String loginFrame) throws Exception {
        TestSocket socket = TestSocket.connect(nodes.http, nodes.json, node.getPort(), true);
        socket.send(loginFrame);
        Map<String, Object> reply = socket.next();
        assertEquals("auth.success", reply.get("type"), reply.toString());
        return socket;
    }

    @Test
    void an_access_token_created_on_node_a_reaches_a_subscriber_on_node_b() throws Exception {
        String partner = nodes.partner("Fan-out Co");
        String access = nodes.logIn(partner, "fanout@example.com");
        String topic = "company/" + partner + "/live/access_token/create_one";
        try (TestSocket onB = socket(nodes.nodeB, WebSocketSupport.jwtLogin("b", access))) {
            WebSocketSupport.subscribe(onB, topic);
            Map<String, Object> created = nodes.send(nodes.nodeA, "POST", "/api/accesstoken?mode=live",
                    "{\"description\":\"s2s\",\"scopes\":{\"balance\":{\"actions\":[\"read_one\"]}}}",
                    "authorization", "Bearer " + access, "company", partner, "Content-Type", "application/json");
            Map<String, Object> event = TestSocket.payload(onB.next());
            assertEquals(topic, event.get("topic"));
            assertEquals(created.get("id"), ((Map<?, ?>) event.get("data")).get("id"));
        }
    }

    @Test
    void events_committed_on_both_nodes_reach_subscribers_on_both_once_and_in_per_object_order() throws Exception {
        String partner = nodes.partner("Many Co");
        String access = nodes.logIn(partner, "many@example.com");
        try (TestSocket onA = socket(nodes.nodeA, WebSocketSupport.jwtLogin("a", access));
                TestSocket onB = socket(nodes.nodeB, WebSocketSupport.jwtLogin("b", access))) {
            WebSocketSupport.subscribe(onA, "company/" + partner + "/#");
            WebSocketSupport.subscribe(onB, "company/" + partner + "/#");
            ExecutorService pool = Executors.newFixedThreadPool(2 * PUBLISHERS_PER_NODE);
            List<Future<?>> publishers = new ArrayList<>();
            for (EmbeddedServer node : List.of(nodes.nodeA, nodes.nodeB)) {
                for (int t = 0; t < PUBLISHERS_PER_NODE; t++) {
                    String prefix = node.getPort() + "-" + t;
                    publishers.add(pool.submit(() -> publish(node, partner, prefix)));
                }
            }
            for (Future<?> publisher : publishers) {
                publisher.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            int total = 2 * PUBLISHERS_PER_NODE * OBJECTS_PER_PUBLISHER * EVENTS_PER_OBJECT;
            onA.assertEventsOnceInObjectOrder(total, QUIET);
            onB.assertEventsOnceInObjectOrder(total, QUIET);
        }
    }

    private Void publish(EmbeddedServer node, String partner, String prefix) {
        Outbox outbox = node.getApplicationContext().getBean(Outbox.class);
        UnitOfWork unitOfWork = node.getApplicationContext().getBean(UnitOfWork.class);
        for (int n = 1; n <= EVENTS_PER_OBJECT; n++) {
            for (int o = 0; o < OBJECTS_PER_PUBLISHER; o++) {
                String object = "x-" + prefix + "-" + o;
                unitOfWork.write(() -> outbox.append(new NewEvent(PartnerId.parse(partner), Mode.LIVE,
                        EventType.ORDER_STATUS_CHANGED, object, EventPayload.of(Map.of()),
                        Instant.now().truncatedTo(ChronoUnit.MICROS))));
            }
        }
        return null;
    }

    @Test
    void expiring_a_key_or_revoking_a_session_on_node_a_closes_its_sockets_on_node_b() throws Exception {
        String partner = nodes.partner("Revoked Co");
        String access = nodes.logIn(partner, "revoked@example.com");
        Map<String, Object> key = nodes.send(nodes.nodeA, "POST", "/admin/v1/partners/" + partner + "/api-keys",
                "{\"name\":\"primary\"}", "Authorization", "Bearer " + TwoNodes.OPERATOR,
                "Content-Type", "application/json");
        String s2s = "{\"type\":\"auth.login\",\"requestId\":\"k\",\"payload\":{\"authType\":\"s2s\",\"token\":\""
                + key.get("username") + "\",\"metadata\":{\"secret\":\"" + key.get("secret") + "\"}}}";
        try (TestSocket keyOnB = socket(nodes.nodeB, s2s);
                TestSocket sessionOnB = socket(nodes.nodeB, WebSocketSupport.jwtLogin("s", access))) {
            nodes.send(nodes.nodeA, "POST", "/admin/v1/partners/" + partner + "/api-keys/" + key.get("id")
                    + "/expire", null, "Authorization", "Bearer " + TwoNodes.OPERATOR);
            assertEquals(REVOKED_CLOSE, keyOnB.awaitClose(WITHIN).code());
            WebSocketSupport.ask(sessionOnB, "account.get", "{}", true);

            nodes.send(nodes.nodeA, "DELETE", "/api/sessions", null, "authorization", "Bearer " + access);
            assertEquals(REVOKED_CLOSE, sessionOnB.awaitClose(WITHIN).code());
        }
    }
}
