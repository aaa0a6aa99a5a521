package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.FulfilOrdersUseCase;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilOrdersCommand;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilmentRun;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.Sku;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /v1/partner/orders/{uuid}/cancel}: a created order is cancelled and its whole reservation released;
 * fulfilment and cancellation never both win an order. The background job is parked (1 h) so that each test decides
 * when fulfilment runs.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderCancelIT extends OrderSuiteSupport {

    private static final String CANCELLING_SCOPES = "{\"orders\":{\"actions\":[\"create_one\",\"read_one\","
            + "\"update_one\"]},\"balance\":{\"actions\":[\"read_one\"]}}";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.orders.fulfilment-interval", "1h", "ledgerport.orders.fulfilment-lease", "5s");
    }

    private Buyer cancellingBuyer(String funded) {
        Buyer buyer = buyer(funded, "0");
        return new Buyer(buyer.tenant(), token(buyer.tenant(), CANCELLING_SCOPES), buyer.secret());
    }

    private Response cancel(Buyer buyer, String uuid) {
        return call("POST", "/v1/partner/orders/" + uuid + "/cancel", null, "Authorization", buyer.token().bearer());
    }

    private FulfilmentRun fulfil(String worker) {
        return bean(FulfilOrdersUseCase.class).fulfilDue(new FulfilOrdersCommand(worker, 500, Duration.ofSeconds(5),
                new CallContext(Actor.system(), "test-fulfilment")));
    }

    private String place(Buyer buyer, Sku sku, String externalId, int quantity) {
        Response created = signedOrder(buyer, orderBody(externalId, sku.id(), quantity));
        assertEquals(201, created.status(), created.body());
        return (String) data(created).get("uuid");
    }

    @Test
    void a_created_order_is_cancelled_once_and_its_reservation_released() {
        Buyer buyer = cancellingBuyer("100.00");
        Sku sku = vouchers("12.50", 5);
        String uuid = place(buyer, sku, "CANCEL-1", 2);
        assertEquals("75.00", available(buyer));

        Response cancelled = cancel(buyer, uuid);

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("Order cancelled", cancelled.json().get("message"));
        assertEquals("cancelled", data(cancelled).get("status"));
        assertEquals("100.00", available(buyer), "the whole reservation is released");
        assertEquals("cancelled", data(getOrder(buyer, uuid)).get("status"));

        Response again = cancel(buyer, uuid);
        assertEquals(200, again.status(), again.body());
        assertEquals("Order already cancelled", again.json().get("message"));
        assertEquals("100.00", available(buyer), "asking again changes nothing");

        assertEquals(0, fulfil("after-cancel").claimed(), "fulfilment never takes a cancelled order");
        assertEquals("cancelled", data(getOrder(buyer, uuid)).get("status"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_record WHERE partner_id = ? AND action = 'order.cancel'",
                buyer.partnerId()));
    }

    @Test
    void an_order_fulfilment_has_taken_is_not_cancellable() {
        Buyer buyer = cancellingBuyer("100.00");
        Sku sku = vouchers("10.00", 5);
        String uuid = place(buyer, sku, "CANCEL-2", 1);
        assertEquals(1, fulfil("taker").completed());

        Response refused = cancel(buyer, uuid);

        assertEquals(409, refused.status(), refused.body());
        assertEquals(false, refused.json().get("success"));
        assertEquals("order_not_cancellable", refused.json().get("code"));
        assertTrue(((String) refused.json().get("message")).contains("completed"), refused.body());
        assertEquals("completed", data(getOrder(buyer, uuid)).get("status"));
        assertEquals("90.00", available(buyer), "the charge stands");
    }

    @Test
    void another_partners_order_a_malformed_id_and_a_token_without_the_scope_are_refused() {
        Buyer owner = cancellingBuyer("50.00");
        Buyer other = cancellingBuyer("50.00");
        Sku sku = vouchers("5.00", 2);
        String uuid = place(owner, sku, "CANCEL-3", 1);

        assertEquals(404, cancel(other, uuid).status(), "another partner's order is not found");
        assertEquals(404, cancel(owner, "not-a-uuid").status());
        assertEquals(404, cancel(owner, "018f4c0e-0000-7000-8000-000000000000").status());
        Buyer withoutScope = new Buyer(owner.tenant(), token(owner.tenant(), ALL_ORDER_SCOPES), owner.secret());
        Response forbidden = cancel(withoutScope, uuid);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertTrue(forbidden.body().contains("orders.update_one"), forbidden.body());
        assertEquals(401, call("POST", "/v1/partner/orders/" + uuid + "/cancel", null).status());

        assertEquals("created", data(getOrder(owner, uuid)).get("status"), "nothing changed");
        assertEquals("45.00", available(owner));
    }

    @Test
    void cancellation_racing_fulfilment_settles_every_order_exactly_one_way() throws Exception {
        Buyer buyer = cancellingBuyer("100.00");
        int orders = 20;
        Sku sku = vouchers("1.00", orders);
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            uuids.add(place(buyer, sku, "RACE-" + i, 1));
        }
        assertEquals("80.00", available(buyer));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
            String name = "racer-" + worker;
            work.add(pool.submit(() -> {
                start.await();
                return fulfil(name);
            }));
        }
        for (String uuid : uuids) {
            work.add(pool.submit(() -> {
                start.await();
                Response answer = cancel(buyer, uuid);
                assertTrue(answer.status() == 200 || answer.status() == 409, answer.body());
                return answer.status();
            }));
        }
        start.countDown();
        for (Future<?> done : work) {
            done.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        fulfil("sweeper"); // whatever neither racer took

        int completed = 0;
        for (String uuid : uuids) {
            String status = (String) data(getOrder(buyer, uuid)).get("status");
            assertTrue(status.equals("cancelled") || status.equals("completed"), uuid + " ended " + status);
            if (status.equals("completed")) {
                completed++;
            }
        }
        BigDecimal expected = new BigDecimal("100.00").subtract(BigDecimal.valueOf(completed));
        assertEquals(expected.setScale(2).toPlainString(), available(buyer),
                "exactly the completed orders are charged; every cancelled one is released");
    }
}
