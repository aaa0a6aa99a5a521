package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.EventType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Events over {@code /ws}: seed 004 topics with MQTT wildcards, only the socket's own partner, only what the
 * credential's mode and scopes allow, per-object order, replay after a reconnect within the window, and
 * concurrent publishers (nothing missed, nothing twice). Events are appended to the outbox as a use case
 * would, in their own unit of work; one test uses a real seed 004 access_token event.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketEventsIT extends WebSocketSupport {

    private static final EventType ORDER = EventType.ORDER_STATUS_CHANGED;
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final int PUBLISHERS = 4;
    private static final int OBJECTS_PER_PUBLISHER = 5;
    private static final int EVENTS_PER_OBJECT = 10;

    private static Map<String, Object> nextEvent(TestSocket socket) throws InterruptedException {
        Map<String, Object> frame = socket.next();
        assertEquals("event", frame.get("type"), frame.toString());
        assertEquals(Set.of("type", "payload"), frame.keySet(), frame.toString());
        return TestSocket.payload(frame);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }

    @Test
    void delivers_the_matching_events_of_its_own_partner_in_per_object_order_and_nothing_else() throws Exception {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String orderTopic = topic(tenant.partnerId(), "live", ORDER);
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            assertEquals(Map.of("topics", List.of(orderTopic), "replayed", 0), subscribe(socket, orderTopic));
            String object = "o-" + next();
            publish(other.partnerId(), Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 0));
            publish(tenant.partnerId(), Mode.LIVE, EventType.TRANSACTION_COMPLETED, "t-" + next(), Map.of("n", 0));
            publish(tenant.partnerId(), Mode.TEST, ORDER, "o-" + next(), Map.of("n", 0));
            for (int n = 1; n <= 5; n++) {
                publish(tenant.partnerId(), Mode.LIVE, ORDER, object, Map.of("n", n, "status", "processing"));
            }
            publish(tenant.partnerId(), Mode.LIVE, ORDER, "fence-" + next(), Map.of("n", 99));
            for (int n = 1; n <= 5; n++) {
                Map<String, Object> event = nextEvent(socket);
                assertEquals(orderTopic, event.get("topic"));
                assertEquals("order.status_changed", event.get("event"));
                assertEquals(n, ((Number) event.get("sequence")).intValue(), event.toString());
                assertEquals(object, event.get("object_id"));
                assertEquals(Map.of("n", n, "status", "processing"), data(event));
                assertTrue(event.get("cursor") instanceof String, event.toString());
            }
            assertEquals(99, ((Number) data(nextEvent(socket)).get("n")).intValue(), "the fence, and nothing between");
        }
    }

    @Test
    void matches_mqtt_wildcards() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        try (TestSocket plus = loggedIn(jwtLogin("member", tenant.session()));
                TestSocket hash = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(plus, "company/" + p + "/+/orders/+");
            subscribe(hash, "company/" + p + "/live/#");
            publish(p, Mode.TEST, ORDER, "o-" + next(), Map.of("n", 1));
            publish(p, Mode.LIVE, EventType.TRANSACTION_FAILED, "t-" + next(), Map.of("n", 2));
            publish(p, Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 3));
            assertEquals(1, ((Number) data(nextEvent(plus)).get("n")).intValue());
            assertEquals(3, ((Number) data(nextEvent(plus)).get("n")).intValue());
            assertEquals(2, ((Number) data(nextEvent(hash)).get("n")).intValue());
            assertEquals(3, ((Number) data(nextEvent(hash)).get("n")).intValue());
        }
    }

    @Test
    void delivers_only_what_the_credentials_mode_and_scopes_allow() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        Token readOnly = token(tenant, "{\"orders\":{\"actions\":[\"read_one\"]}}");
        Token updates = token(tenant, "{\"orders\":{\"actions\":[\"update_one\"]}}");
        Key liveKey = operatorKey(p);
        try (TestSocket narrow = loggedIn(jwtLogin("narrow", readOnly.jwt()));
                TestSocket wide = loggedIn(jwtLogin("wide", updates.jwt()));
                TestSocket s2s = loggedIn(s2sLogin("s2s", liveKey))) {
            subscribe(narrow, "company/" + p + "/test/#");
            subscribe(wide, "company/" + p + "/#");
            subscribe(s2s, "company/" + p + "/#");
            assertEquals("forbidden", ask(narrow, "events.subscribe",
                    "{\"topics\":[\"" + topic(p, "test", ORDER) + "\"]}", false).get("code"), "scope");
            assertEquals("forbidden", ask(wide, "events.subscribe",
                    "{\"topics\":[\"company/" + p + "/live/#\"]}", false).get("code"), "a test token's mode");

            publish(p, Mode.TEST, EventType.ACCESS_TOKEN_UPDATED, "a-" + next(), Map.of("n", 1));
            publish(p, Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 2));
            publish(p, Mode.TEST, ORDER, "o-" + next(), Map.of("n", 3));
            assertEquals(3, ((Number) data(nextEvent(wide)).get("n")).intValue(),
                    "orders.update_one in test mode only; access_token needs accesstoken scopes");
            assertEquals(2, ((Number) data(nextEvent(s2s)).get("n")).intValue(),
                    "a live key: live events, never access_token ones");
            assertNull(narrow.frames.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS), "orders.read_one gets none");
            assertNull(wide.frames.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS));
            assertNull(s2s.frames.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"another partner", "everything", "bad mode", "four levels", "wildcard inside a level",
        "hash not last", "not company", "empty level"})
    void refuses_a_topic_it_cannot_serve_and_stays_open(String kind) throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        String topic = switch (kind) {
            case "another partner" -> topic(newTenant().partnerId(), "live", ORDER);
            case "everything" -> "#";
            case "bad mode" -> "company/" + p + "/staging/orders/update_one";
            case "four levels" -> "company/" + p + "/live/orders";
            case "wildcard inside a level" -> "company/" + p + "/live/ord+/update_one";
            case "hash not last" -> "company/" + p + "/#/orders/update_one";
            case "not company" -> "user/" + p + "/live/orders/update_one";
            default -> "company/" + p + "//orders/update_one";
        };
        String expected = Set.of("another partner", "everything", "not company").contains(kind)
                ? "forbidden" : "invalid_topic";
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            Map<String, Object> refused = ask(socket, "events.subscribe", "{\"topics\":[\"" + topic + "\"]}", false);
            assertEquals(expected, refused.get("code"), refused.toString());
            assertEquals(Map.of("removed", List.of(), "topics", List.of()),
                    ask(socket, "events.unsubscribe", "{\"topics\":[\"" + topic + "\"]}", true));
        }
    }

    @Test
    void refuses_more_topic_filters_than_the_limit_and_a_foreign_cursor() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            List<String> topics = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                topics.add("company/" + p + "/live/orders/update_one" .replace("orders", "res" + i));
            }
            subscribe(socket, topics.toArray(String[]::new));
            assertEquals("too_many_topics", ask(socket, "events.subscribe",
                    "{\"topics\":[\"company/" + p + "/#\"]}", false).get("code"));
            assertEquals("invalid_request", ask(socket, "events.subscribe",
                    "{\"topics\":[\"company/" + p + "/#\"],\"after\":\"yesterday\"}", false).get("code"));
        }
    }

    @Test
    void stops_delivering_a_topic_once_unsubscribed() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        String orders = topic(p, "live", ORDER);
        String wallet = topic(p, "live", EventType.TRANSACTION_COMPLETED);
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(socket, orders, wallet);
            assertEquals(Map.of("removed", List.of(orders), "topics", List.of(wallet)),
                    ask(socket, "events.unsubscribe", "{\"topics\":[\"" + orders + "\"]}", true));
            publish(p, Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 1));
            publish(p, Mode.LIVE, EventType.TRANSACTION_COMPLETED, "t-" + next(), Map.of("n", 2));
            assertEquals(2, ((Number) data(nextEvent(socket)).get("n")).intValue());
        }
    }

    @Test
    void replays_what_a_reconnecting_client_missed_then_goes_live_without_repeats() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        String orders = topic(p, "live", ORDER);
        String object = "o-" + next();
        String cursor;
        try (TestSocket first = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(first, orders);
            publish(p, Mode.LIVE, ORDER, object, Map.of("n", 1));
            cursor = (String) nextEvent(first).get("cursor");
        }
        publish(p, Mode.LIVE, ORDER, object, Map.of("n", 2));
        publish(p, Mode.LIVE, EventType.TRANSACTION_COMPLETED, "t-" + next(), Map.of("n", 0));
        publish(p, Mode.LIVE, ORDER, object, Map.of("n", 3));
        try (TestSocket second = loggedIn(jwtLogin("member", tenant.session()))) {
            second.send(request("events.subscribe", "resume", "{\"topics\":[\"" + orders + "\"],\"after\":\""
                    + cursor + "\"}"));
            assertEquals(2, ((Number) nextEvent(second).get("sequence")).intValue());
            assertEquals(3, ((Number) nextEvent(second).get("sequence")).intValue());
            Map<String, Object> ok = second.next();
            assertEquals("events.subscribe.ok", ok.get("type"), ok.toString());
            assertEquals(2, TestSocket.payload(ok).get("replayed"));
            publish(p, Mode.LIVE, ORDER, object, Map.of("n", 4));
            assertEquals(4, ((Number) nextEvent(second).get("sequence")).intValue(), "live, after the replay");
            assertNull(second.frames.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS), "nothing twice");
        }
    }

    @Test
    void replays_nothing_older_than_the_window() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        String orders = topic(p, "live", ORDER);
        String cursor;
        try (TestSocket first = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(first, orders);
            publish(p, Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 1));
            cursor = (String) nextEvent(first).get("cursor");
        }
        publish(p, Mode.LIVE, ORDER, "o-" + next(), Map.of("n", 2));
        clock.advance(Duration.ofMinutes(31));
        Tenant relogged = relogged(tenant);
        try (TestSocket second = loggedIn(jwtLogin("member", relogged.session()))) {
            Map<String, Object> ok = ask(second, "events.subscribe", "{\"topics\":[\"" + orders + "\"],\"after\":\""
                    + cursor + "\"}", true);
            assertEquals(0, ok.get("replayed"), "seed 004 keeps missed messages 30 minutes");
        }
    }

    @Test
    void delivers_a_seed_004_access_token_event_when_a_token_is_created() throws Exception {
        Tenant tenant = newTenant();
        String topic = topic(tenant.partnerId(), "test", EventType.ACCESS_TOKEN_CREATED);
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(socket, topic);
            Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
            Map<String, Object> event = nextEvent(socket);
            assertEquals(topic, event.get("topic"));
            assertEquals("access_token.create_one", event.get("event"));
            assertEquals(token.id(), data(event).get("id"));
            assertTrue(!data(event).toString().contains(token.jwt()), "never the jwt");
        }
    }

    @Test
    void delivers_every_event_of_concurrent_publishers_once_in_per_object_order() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        int total = PUBLISHERS * OBJECTS_PER_PUBLISHER * EVENTS_PER_OBJECT;
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            subscribe(socket, "company/" + p + "/live/#");
            ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
            List<Future<?>> publishers = new ArrayList<>();
            for (int t = 0; t < PUBLISHERS; t++) {
                int publisher = t;
                publishers.add(pool.submit(() -> {
                    for (int n = 1; n <= EVENTS_PER_OBJECT; n++) {
                        for (int o = 0; o < OBJECTS_PER_PUBLISHER; o++) {
                            publish(p, Mode.LIVE, ORDER, "c-" + publisher + "-" + o, Map.of("n", n));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> publisher : publishers) {
                publisher.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            socket.assertEventsOnceInObjectOrder(total, QUIET);
        }
    }
}
