package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.Concurrently;
import com.ledgerport.application.port.in.FulfilOrdersUseCase;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilOrdersCommand;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilmentRun;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Orders racing each other over real HTTP and the real catalog (H2, or PostgreSQL with -Ppostgresql): one external
 * id sent 32 times at once, many orders against a tight balance, and more orders than codes fulfilled by several
 * workers at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderRacesIT extends OrderSuiteSupport {

    static final int THREADS = 32;

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        return Concurrently.run(tasks, THREADS, Duration.ofMinutes(3));
    }

    @Test
    void thirty_two_concurrent_creates_with_one_external_id_make_one_order_and_one_reservation() throws Exception {
        Buyer buyer = buyer("1000.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "7.00", "EUR", Stock.unlimitedStock());
        String body = orderBody("ORD-RACE", sku.id(), 2);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            // Each request signed anew (a signature is accepted once): its own timestamp within the window.
            String timestamp = Long.toString(now - i);
            tasks.add(() -> postOrder(buyer, body, timestamp, hmac(buyer.secret(), timestamp, bytes)));
        }

        List<Response> responses = concurrently(tasks);

        assertEquals(1, responses.stream().filter(r -> r.status() == 201).count(), responses.toString());
        assertEquals(THREADS - 1, responses.stream().filter(r -> r.status() == 200
                && r.header("Idempotent-Replayed").orElse("").equals("true")).count(), responses.toString());
        assertEquals(1, responses.stream().map(r -> data(r).get("uuid")).distinct().count());
        assertEquals(1, ordersOf(buyer));
        assertEquals(1, holdsOf(buyer));
        assertEquals("986.00", available(buyer));
    }

    /**
     * One signed request sent 32 times at once: the copies wait on the signature's insert in the first one's
     * order transaction, then find it remembered — one order, every other copy a replayed signature (401). The
     * same for a request that is refused: one refusal, the rest 401.
     */
    @Test
    void one_signed_request_sent_thirty_two_times_at_once_is_accepted_once() throws Exception {
        Buyer buyer = buyer("10.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "6.00", "EUR", Stock.unlimitedStock());
        for (String externalId : List.of("COPIES-OK", "COPIES-POOR")) {
            String body = orderBody(externalId, sku.id(), 1);
            String timestamp = now();
            String signature = hmac(buyer.secret(), timestamp, body.getBytes(StandardCharsets.UTF_8));
            List<Callable<Response>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(() -> postOrder(buyer, body, timestamp, signature));
            }

            List<Response> responses = concurrently(tasks);

            int expected = externalId.equals("COPIES-OK") ? 201 : 422;
            assertEquals(1, responses.stream().filter(r -> r.status() == expected).count(), responses.toString());
            assertEquals(THREADS - 1, responses.stream().filter(r -> r.status() == 401).count(),
                    responses.toString());
        }
        assertEquals(1, ordersOf(buyer));
        assertEquals(1, holdsOf(buyer));
        assertEquals("4.00", available(buyer));
    }

    @Test
    void concurrent_orders_against_a_tight_balance_never_pass_the_overdraft_limit() throws Exception {
        Buyer buyer = buyer("20.00", "10.00");
        Sku sku = sku(ProductType.RECHARGE, "3.00", "EUR", Stock.unlimitedStock());
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String body = orderBody("TIGHT-" + i, sku.id(), 1);
            tasks.add(() -> signedOrder(buyer, body));
        }

        List<Response> responses = concurrently(tasks);

        assertEquals(10, responses.stream().filter(r -> r.status() == 201).count(), "30.00 buys ten 3.00 orders");
        responses.stream().filter(r -> r.status() != 201).forEach(r -> {
            assertEquals(422, r.status(), r.body());
            assertEquals("insufficient_funds", r.json().get("code"));
        });
        assertEquals(10, ordersOf(buyer));
        assertEquals(10, holdsOf(buyer));
        assertEquals("-10.00", available(buyer));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stock_is_never_sold_twice_when_more_orders_than_codes_are_fulfilled_at_once() throws Exception {
        Buyer buyer = buyer("1000.00", "0");
        Sku sku = vouchers("1.00", 10);
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Response created = signedOrder(buyer, orderBody("STOCK-" + i, sku.id(), 1));
            if (created.status() == 201) {
                uuids.add((String) data(created).get("uuid"));
            } else {
                assertEquals("out_of_stock", created.json().get("code"), created.body());
            }
        }
        FulfilOrdersUseCase fulfil = bean(FulfilOrdersUseCase.class);
        List<Callable<FulfilmentRun>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String worker = "race-" + w;
            workers.add(() -> fulfil.fulfilDue(new FulfilOrdersCommand(worker, 5, Duration.ofMinutes(1),
                    new CallContext(Actor.system(), "race"))));
        }
        concurrently(workers);
        await().atMost(Duration.ofSeconds(30)).until(() -> uuids.stream().noneMatch(uuid -> List.of("created",
                "processing").contains(data(getOrder(buyer, uuid)).get("status"))));

        Set<Object> codes = new HashSet<>();
        int completed = 0;
        int failed = 0;
        for (String uuid : uuids) {
            Map<String, Object> order = data(getOrder(buyer, uuid));
            List<Map<String, Object>> items = (List<Map<String, Object>>) order.get("delivered_items");
            items.forEach(item -> assertTrue(codes.add(item.get("code")), "code sold twice: " + item));
            completed += order.get("status").equals("completed") ? 1 : 0;
            failed += order.get("status").equals("failed") ? 1 : 0;
        }
        assertEquals(10, codes.size(), "every code sold, once");
        assertEquals(10, completed);
        assertEquals(uuids.size() - 10, failed);
        assertEquals(Long.toString(1000 - 10) + ".00", available(buyer), "failed orders are released");
    }
}
