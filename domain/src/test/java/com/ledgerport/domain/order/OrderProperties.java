package com.ledgerport.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The order state machine against an independent statement of it, and the settlement's conservation:
 * whatever happens to an order, what is posted plus what is released is exactly what was reserved.
 */
class OrderProperties {

    static final Currency EUR = Currency.of("EUR");
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    /** Seed 002's lifecycle, written out as the allowed edges. */
    static final Set<List<OrderStatus>> EDGES = Set.of(
            List.of(OrderStatus.CREATED, OrderStatus.PROCESSING),
            List.of(OrderStatus.CREATED, OrderStatus.CANCELLED),
            List.of(OrderStatus.PROCESSING, OrderStatus.COMPLETED),
            List.of(OrderStatus.PROCESSING, OrderStatus.FAILED),
            List.of(OrderStatus.PROCESSING, OrderStatus.PARTIALLY_COMPLETED));

    enum Step { START, CANCEL, FINISH }

    record Action(Step step, int delivered) {
    }

    static Order placed(long priceMinor, int quantity) {
        return Order.place(PartnerId.generate(), "ORD-1", Mode.LIVE, new OrderItem(SkuId.generate(), quantity),
                ProductId.generate(), ProductType.VOUCHER, Money.ofMinor(priceMinor, EUR), Optional.empty(), T0);
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.integers().between(0, 1_000).flatMap(delivered -> Arbitraries.of(Step.values())
                .map(step -> new Action(step, delivered))).list().ofMaxSize(8);
    }

    @Property
    void every_move_follows_an_edge_of_the_lifecycle_and_every_refusal_is_off_it(
            @ForAll @LongRange(min = 1, max = 1_000_000) long price,
            @ForAll @IntRange(min = 1, max = 1_000) int quantity,
            @ForAll("actions") List<Action> actions) {
        Order order = placed(price, quantity);
        Instant now = T0;
        for (Action action : actions) {
            now = now.plusSeconds(1);
            int delivered = Math.min(action.delivered(), quantity);
            OrderTransition transition = switch (action.step()) {
                case START -> order.startProcessing(now);
                case CANCEL -> order.cancel(now);
                case FINISH -> order.finish(delivered, now);
            };
            OrderStatus target = switch (action.step()) {
                case START -> OrderStatus.PROCESSING;
                case CANCEL -> OrderStatus.CANCELLED;
                case FINISH -> delivered == quantity ? OrderStatus.COMPLETED
                        : delivered == 0 ? OrderStatus.FAILED : OrderStatus.PARTIALLY_COMPLETED;
            };
            boolean allowed = EDGES.contains(List.of(order.status(), target));
            if (allowed) {
                Order next = assertInstanceOf(OrderTransition.Moved.class, transition).order();
                assertEquals(target, next.status());
                assertEquals(order.id(), next.id());
                assertEquals(order.total(), next.total(), "a transition never reprices");
                assertEquals(now, next.updatedAt());
                order = next;
            } else {
                assertEquals(new OrderTransition.Refused(order.status(), target), transition);
            }
        }
        assertTrue(order.status().isTerminal() == order.settlement().isPresent());
        assertTrue(EnumSet.of(OrderStatus.CREATED, OrderStatus.PROCESSING).contains(order.status())
                != order.status().isTerminal());
    }

    @Property
    void the_reservation_is_always_what_is_posted_plus_what_is_released(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long price,
            @ForAll @IntRange(min = 1, max = 1_000) int quantity, @ForAll @IntRange(min = 0, max = 1_000) int wanted) {
        int delivered = Math.min(wanted, quantity);
        Order placed = placed(price, quantity);
        Order processing = ((OrderTransition.Moved) placed.startProcessing(T0)).order();
        Order finished = ((OrderTransition.Moved) processing.finish(delivered, T0.plusSeconds(1))).order();

        Settlement settlement = finished.settlement().orElseThrow();
        assertEquals(placed.total(), settlement.reservation());
        assertEquals(Money.ofMinor(price * delivered, EUR), settlement.posted());
        assertEquals(settlement.postsAll(), finished.status() == OrderStatus.COMPLETED);
        assertEquals(settlement.releasesAll(), finished.status() == OrderStatus.FAILED);
        Order cancelled = ((OrderTransition.Moved) placed.cancel(T0)).order();
        assertEquals(new Settlement(Money.zero(EUR), placed.total()), cancelled.settlement().orElseThrow());
    }

    @Property
    void a_total_that_overflows_is_refused_never_wrapped(
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long price,
            @ForAll @IntRange(min = 1, max = 1_000) int quantity) {
        Optional<Money> total = Order.totalFor(Money.ofMinor(price, EUR), quantity);
        boolean fits = price <= Long.MAX_VALUE / quantity;
        assertEquals(fits, total.isPresent());
        total.ifPresent(money -> assertEquals(price * quantity, money.minor()));
    }

    @Property
    void the_fingerprint_tells_requests_apart(@ForAll @IntRange(min = 1, max = 1_000) int quantity,
            @ForAll @IntRange(min = 1, max = 1_000) int otherQuantity) {
        SkuId sku = SkuId.generate();
        String one = Order.fingerprint(new OrderItem(sku, quantity), Optional.empty());
        assertEquals(one, Order.fingerprint(new OrderItem(sku, quantity), Optional.empty()));
        assertEquals(quantity == otherQuantity,
                one.equals(Order.fingerprint(new OrderItem(sku, otherQuantity), Optional.empty())));
        assertTrue(!one.equals(Order.fingerprint(new OrderItem(sku, quantity), Optional.of("{}"))));
        assertTrue(!Order.fingerprint(new OrderItem(sku, quantity), Optional.of("null")).equals(one));
    }
}
