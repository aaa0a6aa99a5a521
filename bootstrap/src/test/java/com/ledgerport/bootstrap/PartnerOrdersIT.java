package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 002 orders over real HTTP: signed creation, idempotency, fulfilment from stock, queries, eSIMs. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerOrdersIT extends OrderSuiteSupport {

    @SuppressWarnings("unchecked")
    private Map<String, Object> completed(Buyer buyer, String uuid) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !List.of("created", "processing")
                .contains(data(getOrder(buyer, uuid)).get("status")));
        return data(getOrder(buyer, uuid));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_seeds_recipe_creates_an_order_that_is_fulfilled_from_stock_and_charged() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = vouchers("12.50", 5);
        String body = orderBody("ORD-12345", sku.id(), 2);

        Response created = signedOrder(buyer, body);

        assertEquals(201, created.status(), created.body());
        assertEquals("false", created.header("Idempotent-Replayed").orElseThrow());
        assertEquals("Order created successfully", created.json().get("message"));
        Map<String, Object> order = data(created);
        assertEquals("created", order.get("status"));
        assertEquals("ORD-12345", order.get("external_id"));
        assertEquals("25.00", order.get("total_amount"));
        assertEquals("75.00", available(buyer), "the reservation is taken at once");

        Map<String, Object> done = completed(buyer, (String) order.get("uuid"));
        assertEquals("completed", done.get("status"));
        assertEquals("25.00", done.get("charged_amount"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) done.get("delivered_items");
        assertEquals(2, items.size());
        assertEquals("voucher_code", items.get(0).get("type"));
        assertNotEquals(items.get(0).get("code"), items.get(1).get("code"));
        assertEquals("75.00", available(buyer));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_event WHERE partner_id = ? AND type = "
                + "'order.status_changed'", buyer.partnerId()), "one event, for the completion");
    }

    @Test
    void a_body_with_other_whitespace_is_verified_over_its_exact_bytes() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = vouchers("1.00", 2);
        String body = "{\n  \"external_id\" : \"ORD-WS\",\n  \"item\" : { \"sku_id\" : \"" + sku.id()
                + "\", \"quantity\" : 1 },\n  \"metadata\" : { \"customer\" : \"ada\", \"n\" : 1.50 }\n}\n";

        Response created = signedOrder(buyer, body);

        assertEquals(201, created.status(), created.body());
        assertEquals(Map.of("customer", "ada", "n", 1.5), data(created).get("metadata"));
        String compact = "{\"external_id\":\"ORD-WS2\",\"item\":{\"sku_id\":\"" + sku.id() + "\",\"quantity\":1}}";
        String timestamp = now();
        String signedCompact = hmac(buyer.secret(), timestamp, compact.getBytes(StandardCharsets.UTF_8));
        Response reformatted = postOrder(buyer, compact.replace(",", ", "), timestamp, signedCompact);
        assertPartnerError(reformatted, 401, Map.of("X-Signature", List.of(reformatted.json().get("message"))));
    }

    @Test
    void the_same_request_again_is_a_replay_of_the_first_order_and_another_request_is_a_conflict() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = vouchers("10.00", 5);
        Response first = signedOrder(buyer, orderBody("ORD-R", sku.id(), 1));
        assertEquals(201, first.status(), first.body());

        clock.advance(Duration.ofSeconds(1));
        Response again = signedOrder(buyer, orderBody("ORD-R", sku.id(), 1));
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed").orElseThrow());
        assertEquals(data(first).get("uuid"), data(again).get("uuid"));

        clock.advance(Duration.ofSeconds(1));
        Response conflict = signedOrder(buyer, orderBody("ORD-R", sku.id(), 2));
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals("external_id_reused", conflict.json().get("code"));
        assertEquals(1, ordersOf(buyer));
        assertEquals(1, holdsOf(buyer));
        assertEquals("90.00", available(buyer));
    }

    /**
     * The signature is remembered in the order's own transaction, yet a signed request stays accepted once
     * whatever became of it: refused (remembered with the refusal's audit), malformed (remembered on its own) or
     * created (remembered with the order). A copy is a 401 even after the partner could afford it.
     */
    @Test
    void a_signed_request_is_accepted_once_whether_refused_malformed_or_created() {
        Buyer buyer = buyer("5.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "8.00", "EUR", Stock.unlimitedStock());
        String poor = orderBody("ONCE-POOR", sku.id(), 1);
        String timestamp = now();
        String poorSignature = hmac(buyer.secret(), timestamp, poor.getBytes(StandardCharsets.UTF_8));
        Response refused = postOrder(buyer, poor, timestamp, poorSignature);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("insufficient_funds", refused.json().get("code"));
        Response funded = operator("POST", "/admin/v1/partners/" + buyer.partnerId() + "/funding",
                "{\"amount\":\"10.00\",\"currency\":\"EUR\",\"reference\":\"top-up\"}");
        assertEquals(201, funded.status(), funded.body());
        Response copyOfRefused = postOrder(buyer, poor, timestamp, poorSignature);
        assertPartnerError(copyOfRefused, 401, Map.of("X-Signature", List.of(copyOfRefused.json().get("message"))));
        assertEquals(0, ordersOf(buyer), "a copy of a refused request places no order once funds arrive");

        String malformed = "{\"external_id\":\"ONCE-BAD\"}";
        String malformedSignature = hmac(buyer.secret(), timestamp, malformed.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, postOrder(buyer, malformed, timestamp, malformedSignature).status());
        assertEquals(401, postOrder(buyer, malformed, timestamp, malformedSignature).status());

        String good = orderBody("ONCE-OK", sku.id(), 1);
        String goodSignature = hmac(buyer.secret(), timestamp, good.getBytes(StandardCharsets.UTF_8));
        Response created = postOrder(buyer, good, timestamp, goodSignature);
        assertEquals(201, created.status(), created.body());
        assertEquals(401, postOrder(buyer, good, timestamp, goodSignature).status());
        clock.advance(Duration.ofSeconds(1));
        Response resent = signedOrder(buyer, good);
        assertEquals(200, resent.status(), "signed anew, the same order is an idempotent replay: " + resent.body());
        assertEquals(data(created).get("uuid"), data(resent).get("uuid"));
        assertEquals(1, ordersOf(buyer));
        assertEquals(1, holdsOf(buyer));
        assertEquals("7.00", available(buyer));
        assertEquals(4, count("SELECT COUNT(*) FROM seen_request_signature WHERE partner_id = ?", buyer.partnerId()),
                "the refused, the malformed, the created and the resent request's signatures");
        assertEquals(3, count("SELECT COUNT(*) FROM audit_record WHERE partner_id = ? AND action = "
                + "'request_signature.verify' AND outcome = 'rejected:replayed'", buyer.partnerId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":0}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":-1}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1001}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":99999999999999999999}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1.5}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":\"1\"}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":5,\"quantity\":1}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"not-a-uuid\",\"quantity\":1}}",
        "{\"external_id\":7,\"item\":{\"sku_id\":\"SKU\",\"quantity\":1}}",
        "{\"external_id\":\"\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1}}",
        "{\"external_id\":\"X\",\"item\":\"SKU\"}",
        "{\"external_id\":\"X\",\"item\":[1]}",
        "{\"external_id\":\"X\"}",
        "{\"item\":{\"sku_id\":\"SKU\",\"quantity\":1}}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1},\"metadata\":[1]}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1},\"metadata\":\"text\"}",
        "{\"external_id\":\"X\",\"item\":{\"sku_id\":\"SKU\",\"quantity\":1}",
        "[]",
        "not json"})
    void every_malformed_order_is_a_400_naming_the_field_and_leaves_nothing(String template) {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = vouchers("1.00", 2);
        Response refused = signedOrder(buyer, template.replace("SKU", sku.id().toString()));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(false, refused.json().get("success"));
        assertEquals(1, ((Map<?, ?>) refused.json().get("errors")).size(), refused.body());
        assertEquals(0, ordersOf(buyer));
        assertEquals(0, holdsOf(buyer));
    }

    @Test
    void unknown_and_foreign_skus_short_stock_and_insufficient_funds_are_refused_and_leave_nothing() {
        Buyer buyer = buyer("10.00", "5.00");
        Sku vouchers = vouchers("4.00", 3);
        Sku dollars = sku(ProductType.RECHARGE, "1.00", "USD", Stock.unlimitedStock());
        Response unknown = signedOrder(buyer, orderBody("A", SkuId.generate(), 1));
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("sku_not_found", unknown.json().get("code"));
        Response foreign = signedOrder(buyer, orderBody("B", dollars.id(), 1));
        assertEquals(422, foreign.status(), foreign.body());
        assertEquals("currency_mismatch", foreign.json().get("code"));
        Response shortStock = signedOrder(buyer, orderBody("C", vouchers.id(), 4));
        assertEquals(422, shortStock.status(), shortStock.body());
        assertEquals("out_of_stock", shortStock.json().get("code"));
        Response poor = signedOrder(buyer, orderBody("D", sku(ProductType.RECHARGE, "15.01", "EUR",
                Stock.unlimitedStock()).id(), 1));
        assertEquals(422, poor.status(), poor.body());
        assertEquals("insufficient_funds", poor.json().get("code"));
        assertEquals(0, ordersOf(buyer));
        assertEquals(0, holdsOf(buyer));
        assertEquals("10.00", available(buyer));

        Response exact = signedOrder(buyer, orderBody("E", sku(ProductType.RECHARGE, "15.00", "EUR",
                Stock.unlimitedStock()).id(), 1));
        assertEquals(201, exact.status(), "the overdraft counts, to exactly its limit: " + exact.body());
    }

    @Test
    void stale_future_unsigned_wrongly_signed_and_unscoped_requests_are_refused_and_leave_nothing() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = vouchers("1.00", 2);
        String body = orderBody("SIG", sku.id(), 1);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String stale = Long.toString(now - 305);
        String future = Long.toString(now + 305);
        assertEquals(401, postOrder(buyer, body, stale, hmac(buyer.secret(), stale, bytes)).status());
        assertEquals(401, postOrder(buyer, body, future, hmac(buyer.secret(), future, bytes)).status());
        assertEquals(401, postOrder(buyer, body, now(), hmac("another secret", now(), bytes)).status());
        assertEquals(401, postOrder(buyer, body, now(), "0".repeat(64)).status());
        assertEquals(401, call("POST", "/v1/partner/orders", body, "Authorization", buyer.token().bearer(),
                "Content-Type", JSON).status(), "no signature headers");
        String ts = now();
        assertEquals(401, call("POST", "/v1/partner/orders", body, "Content-Type", JSON, "X-Timestamp", ts,
                "X-Signature", hmac(buyer.secret(), ts, bytes)).status(), "no bearer");
        Token readOnly = token(buyer.tenant(), "{\"orders\":{\"actions\":[\"read_one\"]}}");
        assertEquals(403, call("POST", "/v1/partner/orders", body, "Authorization", readOnly.bearer(),
                "Content-Type", JSON, "X-Timestamp", ts, "X-Signature", hmac(buyer.secret(), ts, bytes)).status());
        assertEquals(0, ordersOf(buyer));
        assertEquals(0, holdsOf(buyer));
    }

    @Test
    void another_partners_order_and_esim_are_not_found() {
        Buyer owner = buyer("100.00", "0");
        Buyer stranger = buyer("100.00", "0");
        Sku esims = sku(ProductType.ESIM, "5.00", "EUR", Stock.counted(0));
        String iccid = "89444227111083389" + (10 + next() % 80);
        upload(esims, List.of(new StockItem.EsimProfile(iccid, "LPA:1$smdp.example$" + next())));
        Response created = signedOrder(owner, orderBody("ESIM-1", esims.id(), 1));
        assertEquals(201, created.status(), created.body());
        String uuid = (String) data(created).get("uuid");
        assertEquals("completed", completed(owner, uuid).get("status"));

        assertPartnerError(getOrder(stranger, uuid), 404, Map.of());
        assertPartnerError(getOrder(owner, "not-a-uuid"), 404, Map.of());
        Response mine = call("GET", "/v1/partner/services/esim/" + iccid, null, "Authorization",
                owner.token().bearer());
        assertEquals(200, mine.status(), mine.body());
        assertEquals(iccid, data(mine).get("iccid"));
        assertEquals("issued", data(mine).get("status"));
        assertPartnerError(call("GET", "/v1/partner/services/esim/" + iccid, null, "Authorization",
                stranger.token().bearer()), 404, Map.of());
        assertPartnerError(call("GET", "/v1/partner/services/esim/8944422711100000000", null, "Authorization",
                owner.token().bearer()), 404, Map.of());
        Response theirs = call("GET", "/v1/partner/orders", null, "Authorization", stranger.token().bearer());
        assertEquals(List.of(), theirs.json().get("data"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_orders_newest_first_with_filters_and_cursor_pages() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "1.00", "EUR", Stock.unlimitedStock());
        for (int i = 0; i < 5; i++) {
            assertEquals(201, signedOrder(buyer, orderBody("L-" + i, sku.id(), 1)).status());
            clock.advance(Duration.ofSeconds(2));
        }
        String bearer = buyer.token().bearer();
        Response page = call("GET", "/v1/partner/orders?per_page=2", null, "Authorization", bearer);
        assertEquals(200, page.status(), page.body());
        List<Map<String, Object>> first = (List<Map<String, Object>>) page.json().get("data");
        assertEquals(List.of("L-4", "L-3"), first.stream().map(o -> o.get("external_id")).toList());
        String cursor = (String) ((Map<String, Object>) page.json().get("meta")).get("next_cursor");
        Response next = call("GET", "/v1/partner/orders?per_page=2&cursor=" + cursor, null, "Authorization", bearer);
        assertEquals(List.of("L-2", "L-1"), ((List<Map<String, Object>>) next.json().get("data")).stream()
                .map(o -> o.get("external_id")).toList());
        Response byId = call("GET", "/v1/partner/orders?external_id=L-3", null, "Authorization", bearer);
        assertEquals(1, ((List<?>) byId.json().get("data")).size());
        Response none = call("GET", "/v1/partner/orders?date_from=2000-01-01T00:00:00Z&date_to=2000-01-31T23:59:59Z",
                null, "Authorization", bearer);
        assertEquals(List.of(), none.json().get("data"));
        await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) call("GET",
                "/v1/partner/orders?status=completed", null, "Authorization", bearer).json().get("data")).size() == 5);
        for (String bad : List.of("status=done", "date_from=yesterday", "date_to=2025-01-01", "per_page=101",
                "per_page=0", "cursor=zzz")) {
            Response refused = call("GET", "/v1/partner/orders?" + bad, null, "Authorization", bearer);
            assertEquals(400, refused.status(), bad + " " + refused.body());
        }
    }
}
