package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.catalog.Sku;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seed 000's {@code account.orders.fetch} and {@code account.order.get} over {@code /ws}, on the order use
 * cases and scopes of seed 002, and the {@code order.status_changed} event of a real order reaching a
 * subscriber.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketOrdersIT extends OrderSuiteSupport {

    private TestSocket loggedIn(String jwt) throws Exception {
        TestSocket socket = TestSocket.connect(http, jsonMapper, server.getPort(), true);
        socket.send(WebSocketSupport.jwtLogin("login", jwt));
        assertEquals("auth.success", socket.next().get("type"));
        return socket;
    }

    @Test
    @SuppressWarnings("unchecked")
    void fetches_and_gets_the_partners_orders_and_pushes_their_status_changes() throws Exception {
        Buyer buyer = buyer("100.00", "0");
        Buyer other = buyer("100.00", "0");
        Sku sku = vouchers("12.50", 5);
        String topic = "company/" + buyer.partnerId() + "/test/orders/update_one";
        try (TestSocket member = loggedIn(buyer.tenant().session());
                TestSocket token = loggedIn(buyer.token().jwt())) {
            WebSocketSupport.subscribe(member, topic);
            Response created = signedOrder(buyer, orderBody("WS-1", sku.id(), 2));
            assertEquals(201, created.status(), created.body());
            String uuid = (String) data(created).get("uuid");
            assertEquals(201, signedOrder(other, orderBody("WS-OTHER", sku.id(), 1)).status());

            Map<String, Object> event = TestSocket.payload(member.next(Duration.ofSeconds(20)));
            assertEquals(topic, event.get("topic"));
            assertEquals("order.status_changed", event.get("event"));
            assertEquals(uuid, event.get("object_id"));

            await().atMost(Duration.ofSeconds(20)).until(() -> "completed".equals(
                    WebSocketSupport.ask(token, "account.order.get", "{\"order_id\":\"" + uuid + "\"}", true)
                            .get("status")));
            Map<String, Object> order = WebSocketSupport.ask(token, "account.order.get",
                    "{\"order_id\":\"" + uuid + "\"}", true);
            assertEquals("WS-1", order.get("external_id"));
            assertEquals("25.00", order.get("total_amount"));
            assertEquals(2, ((List<?>) order.get("delivered_items")).size());

            Map<String, Object> page = WebSocketSupport.ask(token, "account.orders.fetch", "{\"per_page\":10}", true);
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertEquals(List.of(uuid), items.stream().map(item -> item.get("uuid")).toList(), "its own only");
            assertEquals(Map.of("per_page", 10), Map.of("per_page", ((Map<String, Object>) page.get("meta"))
                    .get("per_page")));
            assertEquals(1, ((List<?>) WebSocketSupport.ask(token, "account.orders.fetch",
                    "{\"status\":\"completed\",\"external_id\":\"WS-1\"}", true).get("items")).size());
        }
    }

    @Test
    void refuses_bad_order_requests_and_other_partners_orders() throws Exception {
        Buyer buyer = buyer("100.00", "0");
        Buyer other = buyer("100.00", "0");
        Sku sku = vouchers("5.00", 2);
        Response created = signedOrder(other, orderBody("OTHER-1", sku.id(), 1));
        String othersOrder = (String) data(created).get("uuid");
        Token balanceOnly = token(buyer.tenant(), "{\"balance\":{\"actions\":[\"read_one\"]}}");
        try (TestSocket socket = loggedIn(buyer.token().jwt());
                TestSocket narrow = loggedIn(balanceOnly.jwt())) {
            for (String id : new String[] {othersOrder, UUID.randomUUID().toString(), "nope"}) {
                assertEquals("not_found", WebSocketSupport.ask(socket, "account.order.get",
                        "{\"order_id\":\"" + id + "\"}", false).get("code"), id);
            }
            assertEquals("invalid_request", WebSocketSupport.ask(socket, "account.order.get", "{}", false)
                    .get("code"));
            for (String payload : new String[] {"{\"per_page\":0}", "{\"status\":\"bogus\"}",
                "{\"date_from\":\"yesterday\"}", "{\"cursor\":\"x\"}"}) {
                Map<String, Object> refused = WebSocketSupport.ask(socket, "account.orders.fetch", payload, false);
                assertEquals("invalid_request", refused.get("code"), payload);
                assertTrue(((String) refused.get("message")).startsWith("payload."), refused.toString());
            }
            assertEquals("forbidden", WebSocketSupport.ask(narrow, "account.orders.fetch", "{}", false).get("code"));
            assertEquals("forbidden", WebSocketSupport.ask(narrow, "account.order.get",
                    "{\"order_id\":\"" + othersOrder + "\"}", false).get("code"));
        }
    }
}
