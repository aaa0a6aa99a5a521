package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.CreateOrderUseCase.CreateOrderCommand;
import com.ledgerport.application.port.in.CreateOrderUseCase.Created;
import com.ledgerport.application.port.in.CreateOrderUseCase.OrderCreation;
import com.ledgerport.application.port.in.CreateOrderUseCase.Rejected;
import com.ledgerport.application.port.in.CreateOrderUseCase.Replayed;
import com.ledgerport.application.port.in.CreateOrderUseCase.SignatureReplayed;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilOrdersCommand;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilmentRun;
import com.ledgerport.application.port.in.GetEsimUseCase.GetEsimQuery;
import com.ledgerport.application.port.in.GetOrderUseCase.GetOrderQuery;
import com.ledgerport.application.port.in.GetOrderUseCase.OrderDetails;
import com.ledgerport.application.port.in.ListOrdersUseCase.ListOrdersQuery;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase.GetPartnerBalanceQuery;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryCatalog;
import com.ledgerport.application.testing.InMemoryLedger;
import com.ledgerport.application.testing.InMemoryOrders;
import com.ledgerport.application.testing.InMemoryOutbox;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemorySeenSignatures;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.application.testing.OrderServiceSet;
import com.ledgerport.application.testing.ScriptedFulfilment;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventType;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderServicesTest {

    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-orders");
    static final CallContext WORKER = new CallContext(Actor.system(), "fulfilment");
    static final Currency EUR = Currency.of("EUR");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryLedger ledger = new InMemoryLedger(auditLog);
    final InMemoryOrders orders = new InMemoryOrders();
    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final ScriptedFulfilment fulfilment =
            new ScriptedFulfilment(ScriptedFulfilment.fromStock(catalog.stockItemsPort, catalog.skusPort));
    final LedgerServiceSet ledgerServices = new LedgerServiceSet(unitOfWork, new InMemoryPartners(), ledger, ledger,
            ledger, ledger, auditLog, clock);
    final OrderServiceSet services = new OrderServiceSet(unitOfWork, orders, catalog.skusPort, catalog.productsPort,
            catalog.stockItemsPort, fulfilment, ledger, ledger, ledger, outbox, auditLog, clock);

    Partner partner(long fundedMinor) {
        Partner partner = ledgerServices.registerPartner.register(new RegisterPartnerCommand("Acme", EUR, OPERATOR));
        if (fundedMinor > 0) {
            ledgerServices.fundPartner.fund(new FundPartnerCommand(partner.id(), eur(fundedMinor), "wire", OPERATOR));
        }
        return partner;
    }

    Sku sku(ProductType type, long priceMinor, Stock stock) {
        Product product = new Product(ProductId.generate(), new CategoryId(1), "Gift card", type, Map.of(),
                Optional.empty(), clock.instant());
        catalog.productsPort.add(product);
        Sku sku = new Sku(SkuId.generate(), product.id(), "10 EUR", eur(priceMinor), Optional.empty(), stock,
                Map.of(), clock.instant());
        catalog.skusPort.add(sku);
        return sku;
    }

    Sku vouchers(long priceMinor, int codes) {
        Sku sku = sku(ProductType.VOUCHER, priceMinor, Stock.counted(0));
        List<StockItem> items = IntStream.range(0, codes)
                .<StockItem>mapToObj(i -> new StockItem.VoucherCode("CODE-" + i)).toList();
        catalog.stockItemsPort.add(sku.id(), items, clock.instant());
        return sku;
    }

    OrderCreation order(Partner partner, String externalId, Sku sku, int quantity) {
        return order(partner, externalId, sku, quantity, Optional.empty());
    }

    OrderCreation order(Partner partner, String externalId, Sku sku, int quantity, Optional<String> metadata) {
        return services.createOrder.create(new CreateOrderCommand(partner.id(), Mode.LIVE, externalId,
                new OrderItem(sku.id(), quantity), metadata, OPERATOR));
    }

    FulfilmentRun fulfil() {
        return services.fulfilOrders.fulfilDue(new FulfilOrdersCommand("node-a", 100, Duration.ofSeconds(30),
                WORKER));
    }

    LedgerAccount balanceOf(Partner partner) {
        return ledgerServices.partnerBalance.get(new GetPartnerBalanceQuery(partner.id(), OPERATOR)).orElseThrow();
    }

    Order current(Partner partner, Order order) {
        return services.getOrder.get(new GetOrderQuery(partner.id(), order.id(), OPERATOR)).orElseThrow().order();
    }

    static Order created(OrderCreation creation) {
        return assertInstanceOf(Created.class, creation, creation.toString()).order();
    }

    static OrderRejection rejected(OrderCreation creation) {
        return assertInstanceOf(Rejected.class, creation, creation.toString()).reason();
    }

    static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    @Test
    void placing_an_order_reserves_price_times_quantity_and_leaves_it_created() {
        Partner acme = partner(10_000);
        Sku sku = vouchers(1_250, 5);

        Order order = created(order(acme, "ORD-1", sku, 3));

        assertEquals(OrderStatus.CREATED, order.status());
        assertEquals(eur(3_750), order.total());
        assertEquals(eur(10_000), balanceOf(acme).balance());
        assertEquals(eur(6_250), balanceOf(acme).available(), "the reservation lowers what is available");
        assertTrue(ledger.findByKeys(List.of(IdempotencyKey.forOrderHold(order.id().value())))
                .containsKey(IdempotencyKey.forOrderHold(order.id().value())));
    }

    @Test
    void a_signed_order_remembers_its_signature_in_its_own_unit_and_a_copy_does_nothing() {
        InMemorySeenSignatures seen = new InMemorySeenSignatures();
        CreateOrderService signedOrders = new CreateOrderService(unitOfWork, orders, catalog.skusPort,
                catalog.productsPort, ledger, ledger, ledger, auditLog, clock, seen);
        Partner acme = partner(10_000);
        Sku sku = vouchers(1_000, 5);
        SignatureReceipt receipt = new SignatureReceipt(acme.id(), "ab".repeat(32), clock.instant().plusSeconds(361));
        CreateOrderCommand command = new CreateOrderCommand(acme.id(), Mode.LIVE, "ORD-S", new OrderItem(sku.id(), 1),
                Optional.empty(), OPERATOR).signed(receipt);

        Order order = created(signedOrders.create(command));

        assertEquals(1, seen.size());
        assertEquals(new SignatureReplayed(), signedOrders.create(command));
        assertEquals("rejected:replayed", auditLog.last().outcome());
        assertEquals("request_signature.verify", auditLog.last().action());
        assertEquals(List.of(order), orders.all());
        assertEquals(eur(9_000), balanceOf(acme).available(), "one reservation only");
    }

    @Test
    void the_same_request_again_replays_the_first_order_and_another_request_is_refused() {
        Partner acme = partner(10_000);
        Sku sku = vouchers(1_000, 5);
        Order first = created(order(acme, "ORD-1", sku, 2, Optional.of("{\"a\":1}")));

        OrderCreation again = order(acme, "ORD-1", sku, 2, Optional.of("{\"a\":1}"));
        assertEquals(new Replayed(first), again);
        assertEquals(OrderRejection.EXTERNAL_ID_REUSED, rejected(order(acme, "ORD-1", sku, 3)));
        assertEquals(OrderRejection.EXTERNAL_ID_REUSED,
                rejected(order(acme, "ORD-1", sku, 2, Optional.of("{\"a\":2}"))));
        assertEquals(1, orders.all().size());
        assertEquals(eur(8_000), balanceOf(acme).available(), "one reservation only");
    }

    @Test
    void the_overdraft_counts_and_an_order_beyond_it_is_refused_as_insufficient_funds() {
        Partner acme = partner(1_000);
        ledgerServices.setOverdraftLimit.set(new SetOverdraftLimitCommand(acme.id(), eur(500), OPERATOR));
        Sku sku = sku(ProductType.RECHARGE, 750, Stock.unlimitedStock());

        created(order(acme, "ORD-1", sku, 2));
        assertEquals(eur(-500), balanceOf(acme).available(), "available may reach exactly minus the limit");
        assertEquals(OrderRejection.INSUFFICIENT_FUNDS, rejected(order(acme, "ORD-2", sku, 1)));
        assertTrue(auditLog.all().stream().anyMatch(r -> r.action().equals(CreateOrderService.ACTION)
                && r.outcome().equals(com.ledgerport.domain.audit.AuditRecord.rejected("insufficient_funds"))));
    }

    @Test
    void unknown_skus_short_stock_foreign_currencies_and_overflowing_totals_are_refused() {
        Partner acme = partner(10_000);
        Sku unknown = new Sku(SkuId.generate(), ProductId.generate(), "ghost", eur(1), Optional.empty(),
                Stock.unlimitedStock(), Map.of(), clock.instant());
        assertEquals(OrderRejection.SKU_NOT_FOUND, rejected(order(acme, "A", unknown, 1)));
        assertEquals(OrderRejection.OUT_OF_STOCK, rejected(order(acme, "B", vouchers(100, 2), 3)));
        Sku huge = sku(ProductType.RECHARGE, Long.MAX_VALUE / 2, Stock.unlimitedStock());
        assertEquals(OrderRejection.AMOUNT_OVERFLOW, rejected(order(acme, "C", huge, 3)));
        Product product = new Product(ProductId.generate(), new CategoryId(1), "Dollars", ProductType.RECHARGE,
                Map.of(), Optional.empty(), clock.instant());
        catalog.productsPort.add(product);
        Sku dollars = new Sku(SkuId.generate(), product.id(), "10 USD", Money.ofMinor(1_000, Currency.of("USD")),
                Optional.empty(), Stock.unlimitedStock(), Map.of(), clock.instant());
        catalog.skusPort.add(dollars);
        assertEquals(OrderRejection.CURRENCY_MISMATCH, rejected(order(acme, "D", dollars, 1)));
        assertTrue(orders.all().isEmpty());
        assertEquals(eur(10_000), balanceOf(acme).available());
    }

    @Test
    void fulfilment_delivers_codes_from_stock_posts_the_reservation_and_writes_the_event() {
        Partner acme = partner(10_000);
        Sku sku = vouchers(1_000, 5);
        Order order = created(order(acme, "ORD-1", sku, 3));

        FulfilmentRun run = fulfil();

        assertEquals(new FulfilmentRun(1, 1, 0, 0, 0), run);
        OrderDetails details = services.getOrder.get(new GetOrderQuery(acme.id(), order.id(), OPERATOR))
                .orElseThrow();
        assertEquals(OrderStatus.COMPLETED, details.order().status());
        assertEquals(3, details.delivered().size());
        assertEquals(eur(7_000), balanceOf(acme).balance());
        assertEquals(eur(7_000), balanceOf(acme).available());
        assertEquals(2, catalog.skusPort.find(sku.id()).orElseThrow().stock().available(), "the sold codes left the stock");
        Event event = outbox.events().get(0);
        assertEquals(EventType.ORDER_STATUS_CHANGED, event.type());
        assertEquals("completed", event.payload().fields().get("status"));
        assertEquals("processing", event.payload().fields().get("previous_status"));
        assertEquals("30.00", event.payload().fields().get("charged_amount"));
        assertEquals(new FulfilmentRun(0, 0, 0, 0, 0), fulfil(), "nothing is due any more");
    }

    @Test
    void a_partial_delivery_posts_the_delivered_part_and_releases_the_rest() {
        Partner acme = partner(10_000);
        Sku sku = vouchers(1_000, 2);
        Order order = created(order(acme, "ORD-1", sku, 2));
        catalog.stockItemsPort.claim(sku.id(), 1, java.util.UUID.randomUUID(), clock.instant());

        assertEquals(new FulfilmentRun(1, 0, 1, 0, 0), fulfil());

        Order finished = current(acme, order);
        assertEquals(OrderStatus.PARTIALLY_COMPLETED, finished.status());
        assertEquals(1, finished.deliveredQuantity());
        assertEquals(eur(9_000), balanceOf(acme).balance());
        assertEquals(eur(9_000), balanceOf(acme).available());
        LedgerAccount revenue = ledger.findByOwner(AccountOwner.operator(), AccountKind.REVENUE, EUR).orElseThrow();
        assertEquals(eur(1_000), revenue.balance());
    }

    @Test
    void a_failed_delivery_releases_everything_and_a_broken_one_stays_processing_until_its_lease_ends() {
        Partner acme = partner(10_000);
        Sku sku = sku(ProductType.RECHARGE, 1_000, Stock.unlimitedStock());
        Order failing = created(order(acme, "ORD-1", sku, 2));
        fulfilment.script(ScriptedFulfilment.nothing());
        assertEquals(new FulfilmentRun(1, 0, 0, 1, 0), fulfil());
        assertEquals(OrderStatus.FAILED, current(acme, failing).status());
        assertEquals(eur(10_000), balanceOf(acme).available());

        Order broken = created(order(acme, "ORD-2", sku, 2));
        fulfilment.script(ScriptedFulfilment.broken());
        assertEquals(new FulfilmentRun(1, 0, 0, 0, 1), fulfil());
        assertEquals(OrderStatus.PROCESSING, current(acme, broken).status());
        assertEquals(new FulfilmentRun(0, 0, 0, 0, 0), fulfil(), "its lease has not ended");

        clock.advance(Duration.ofSeconds(31));
        fulfilment.script(ScriptedFulfilment.everything());
        assertEquals(new FulfilmentRun(1, 1, 0, 0, 0), fulfil());
        assertEquals(OrderStatus.COMPLETED, current(acme, broken).status());
        assertEquals(eur(8_000), balanceOf(acme).balance());
    }

    @Test
    void orders_and_esims_are_visible_to_their_own_partner_only() {
        Partner acme = partner(10_000);
        Partner other = partner(10_000);
        Sku esims = sku(ProductType.ESIM, 500, Stock.counted(0));
        catalog.stockItemsPort.add(esims.id(), List.of(new StockItem.EsimProfile("8944422711108338982",
                "LPA:1$smdp$abc")), clock.instant());
        Order order = created(order(acme, "ORD-1", esims, 1));
        fulfil();

        assertTrue(services.getOrder.get(new GetOrderQuery(other.id(), order.id(), OPERATOR)).isEmpty());
        assertTrue(services.getEsim.get(new GetEsimQuery(acme.id(), "8944422711108338982", OPERATOR)).isPresent());
        assertTrue(services.getEsim.get(new GetEsimQuery(other.id(), "8944422711108338982", OPERATOR)).isEmpty());
        assertTrue(services.getEsim.get(new GetEsimQuery(acme.id(), "8944422711108338983", OPERATOR)).isEmpty());
        assertEquals(1, services.listOrders.list(new ListOrdersQuery(OrderFilter.all(acme.id()),
                PageRequest.first(50), OPERATOR)).items().size());
        assertTrue(services.listOrders.list(new ListOrdersQuery(OrderFilter.all(other.id()),
                PageRequest.first(50), OPERATOR)).items().isEmpty());
    }
}
