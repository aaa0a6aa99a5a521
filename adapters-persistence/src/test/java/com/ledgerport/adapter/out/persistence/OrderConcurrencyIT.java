package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.in.CreateOrderUseCase.CreateOrderCommand;
import com.ledgerport.application.port.in.CreateOrderUseCase.Created;
import com.ledgerport.application.port.in.CreateOrderUseCase.OrderCreation;
import com.ledgerport.application.port.in.CreateOrderUseCase.Rejected;
import com.ledgerport.application.port.in.CreateOrderUseCase.Replayed;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilOrdersCommand;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilmentRun;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.ListOrdersUseCase.ListOrdersQuery;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.testing.InMemoryCatalog;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.application.testing.OrderServiceSet;
import com.ledgerport.application.testing.ScriptedFulfilment;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderItem;
import com.ledgerport.domain.order.OrderRejection;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.PageRequest;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Orders on a real database (H2 by default, PostgreSQL with -Ppostgresql), with the catalog in memory: concurrent
 * duplicates of one external id, a tight balance under concurrent orders, refusals that leave nothing behind,
 * fulfilment by several workers, filters and pages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderConcurrencyIT implements TestPropertyProvider {

    static final int THREADS = 32;
    static final Currency EUR = Currency.of("EUR");
    static final CallContext CALLER = new CallContext(Actor.operator(), "req-orders");
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final TestDatabase database = TestDatabase.create();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final ScriptedFulfilment fulfilment = new ScriptedFulfilment(ScriptedFulfilment.everything());

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    LedgerAccounts accounts;
    @Inject
    Transfers transfers;
    @Inject
    BalanceTransactions history;
    @Inject
    AuditLog auditLog;
    @Inject
    LedgerJournal journal;
    @Inject
    Orders orders;
    @Inject
    Outbox outbox;

    private LedgerServiceSet ledger;
    private OrderServiceSet services;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private OrderServiceSet services() {
        if (services == null) {
            ledger = new LedgerServiceSet(unitOfWork, partners, accounts, transfers, history, journal, auditLog, clock);
            services = new OrderServiceSet(unitOfWork, orders, catalog.skusPort, catalog.productsPort, catalog.stockItemsPort,
                    fulfilment, accounts, transfers, journal, outbox, auditLog, clock);
        }
        return services;
    }

    private Partner partner(long fundedMinor, long limitMinor) {
        services();
        Partner partner = ledger.registerPartner.register(new RegisterPartnerCommand("Buyer", EUR, CALLER));
        if (fundedMinor > 0) {
            ledger.fundPartner.fund(new FundPartnerCommand(partner.id(), eur(fundedMinor), "initial", CALLER));
        }
        ledger.setOverdraftLimit.set(new SetOverdraftLimitCommand(partner.id(), eur(limitMinor), CALLER));
        return partner;
    }

    private Sku sku(long priceMinor) {
        Product product = new Product(ProductId.generate(), new CategoryId(1), "Top-up", ProductType.RECHARGE,
                Map.of(), Optional.empty(), clock.instant());
        catalog.productsPort.add(product);
        Sku sku = new Sku(SkuId.generate(), product.id(), "Top-up", eur(priceMinor), Optional.empty(),
                Stock.unlimitedStock(), Map.of(), clock.instant());
        catalog.skusPort.add(sku);
        return sku;
    }

    private OrderCreation order(Partner partner, String externalId, Sku sku, int quantity) {
        return services().createOrder.create(new CreateOrderCommand(partner.id(), Mode.LIVE, externalId,
                new OrderItem(sku.id(), quantity), Optional.of("{\"note\":\"x\"}"), CALLER));
    }

    private LedgerAccount balanceOf(Partner partner) {
        return unitOfWork.read(() -> accounts.findByOwner(AccountOwner.partner(partner.id()),
                AccountKind.PARTNER_BALANCE, EUR)).orElseThrow();
    }

    private List<Order> ordersOf(Partner partner) {
        return services().listOrders.list(new ListOrdersQuery(OrderFilter.all(partner.id()), PageRequest.first(1_000),
                CALLER)).items();
    }

    private boolean holdExists(Order order) {
        IdempotencyKey key = IdempotencyKey.forOrderHold(order.id().value());
        return unitOfWork.read(() -> transfers.findByKeys(List.of(key))).containsKey(key);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), THREADS));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thirty_two_concurrent_creates_with_one_external_id_make_one_order_and_one_reservation() throws Exception {
        Partner partner = partner(100_000, 0);
        Sku sku = sku(1_000);
        List<Callable<OrderCreation>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> order(partner, "ORD-RACE", sku, 3));
        }

        List<OrderCreation> results = concurrently(tasks);

        long created = results.stream().filter(Created.class::isInstance).count();
        long replayed = results.stream().filter(Replayed.class::isInstance).count();
        assertEquals(1, created, results.toString());
        assertEquals(THREADS - 1, replayed, results.toString());
        List<Order> stored = ordersOf(partner);
        assertEquals(1, stored.size());
        results.forEach(result -> assertEquals(stored.get(0).id(), result instanceof Created c ? c.order().id()
                : ((Replayed) result).order().id()));
        assertEquals(eur(100_000), balanceOf(partner).balance());
        assertEquals(eur(97_000), balanceOf(partner).available(), "exactly one reservation of 30.00");
    }

    @Test
    void concurrent_orders_against_a_tight_balance_never_pass_the_overdraft_limit() throws Exception {
        Partner partner = partner(10_000, 5_000);
        Sku sku = sku(1_000);
        List<Callable<OrderCreation>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String externalId = "ORD-" + i;
            tasks.add(() -> order(partner, externalId, sku, 1));
        }

        List<OrderCreation> results = concurrently(tasks);

        long created = results.stream().filter(Created.class::isInstance).count();
        assertEquals(15, created, "10.00 + 5.00 overdraft buys fifteen 1.00 orders, no more");
        results.stream().filter(Rejected.class::isInstance).forEach(result ->
                assertEquals(OrderRejection.INSUFFICIENT_FUNDS, ((Rejected) result).reason()));
        assertEquals(15, ordersOf(partner).size(), "a refused order leaves no order behind");
        assertEquals(eur(-5_000), balanceOf(partner).available());
    }

    @Test
    void a_refused_order_leaves_neither_an_order_nor_a_hold() {
        Partner partner = partner(500, 0);
        Sku sku = sku(1_000);
        assertEquals(new Rejected(OrderRejection.INSUFFICIENT_FUNDS), order(partner, "ORD-POOR", sku, 1));
        assertTrue(ordersOf(partner).isEmpty());
        assertEquals(eur(500), balanceOf(partner).available());
        assertTrue(unitOfWork.read(() -> orders.findByExternalId(partner.id(), "ORD-POOR")).isEmpty());
    }

    @Test
    void two_workers_fulfil_disjoint_orders_and_every_order_settles_once() throws Exception {
        Partner partner = partner(1_000_000, 0);
        Sku sku = sku(100);
        for (int i = 0; i < 40; i++) {
            assertInstanceOf(Created.class, order(partner, "W-" + i, sku, 4));
        }
        fulfilment.script(ScriptedFulfilment.half());
        int due = unitOfWork.write(() -> orders.lockDue(clock.instant(), 500).size());
        List<Callable<List<FulfilmentRun>>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String name = "node-" + w;
            workers.add(() -> {
                // Each node runs until a run finds nothing to claim (on H2 a run may also find nothing while the
                // others hold the first rows locked: its SKIP LOCKED applies after LIMIT; a drain follows).
                List<FulfilmentRun> runs = new ArrayList<>();
                FulfilmentRun run;
                do {
                    run = services().fulfilOrders.fulfilDue(new FulfilOrdersCommand(name, 10, Duration.ofMinutes(1),
                            CALLER));
                    runs.add(run);
                } while (run.claimed() > 0);
                return runs;
            });
        }

        List<FulfilmentRun> runs = concurrently(workers).stream().flatMap(List::stream).collect(
                java.util.stream.Collectors.toCollection(ArrayList::new));
        runs.add(services().fulfilOrders.fulfilDue(new FulfilOrdersCommand("drain", 500, Duration.ofMinutes(1),
                CALLER)));

        assertEquals(due, runs.stream().mapToInt(FulfilmentRun::claimed).sum(), "each due order claimed once");
        assertEquals(due, runs.stream().mapToInt(FulfilmentRun::finished).sum(), runs.toString());
        List<Order> finished = ordersOf(partner);
        finished.forEach(order -> {
            assertEquals(OrderStatus.PARTIALLY_COMPLETED, order.status());
            assertEquals(2, order.deliveredQuantity());
            assertTrue(holdExists(order));
        });
        assertEquals(eur(1_000_000 - 40 * 200), balanceOf(partner).balance(), "half of each order is charged");
        assertEquals(balanceOf(partner).balance(), balanceOf(partner).available(), "every rest is released");
    }

    @Test
    void listing_filters_by_status_external_id_and_time_and_pages_newest_first() {
        Partner partner = partner(1_000_000, 0);
        Sku sku = sku(100);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(Created.class, order(partner, "L-" + i, sku, 1));
            clock.advance(Duration.ofSeconds(10));
        }
        List<Order> all = ordersOf(partner);
        assertEquals(List.of("L-4", "L-3", "L-2", "L-1", "L-0"), all.stream().map(Order::externalId).toList());
        var firstPage = services().listOrders.list(new ListOrdersQuery(OrderFilter.all(partner.id()),
                PageRequest.first(2), CALLER));
        assertEquals(2, firstPage.items().size());
        var secondPage = services().listOrders.list(new ListOrdersQuery(OrderFilter.all(partner.id()),
                new PageRequest(firstPage.nextAfter(), 2), CALLER));
        assertEquals(List.of("L-2", "L-1"), secondPage.items().stream().map(Order::externalId).toList());
        OrderFilter byId = new OrderFilter(partner.id(), Optional.of(OrderStatus.CREATED), Optional.of("L-3"),
                Optional.empty(), Optional.empty());
        assertEquals(1, services().listOrders.list(new ListOrdersQuery(byId, PageRequest.first(10), CALLER))
                .items().size());
        OrderFilter window = new OrderFilter(partner.id(), Optional.empty(), Optional.empty(),
                Optional.of(all.get(3).createdAt()), Optional.of(all.get(1).createdAt()));
        assertEquals(List.of("L-3", "L-2", "L-1"), services().listOrders.list(new ListOrdersQuery(window,
                PageRequest.first(10), CALLER)).items().stream().map(Order::externalId).toList());
        OrderFilter completed = new OrderFilter(partner.id(), Optional.of(OrderStatus.COMPLETED), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertTrue(services().listOrders.list(new ListOrdersQuery(completed, PageRequest.first(10), CALLER))
                .items().isEmpty());
    }
}
