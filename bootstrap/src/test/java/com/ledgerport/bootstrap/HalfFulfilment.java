package com.ledgerport.bootstrap;

import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.domain.order.Order;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * TEST ONLY: a supplier that delivers half of each order (rounded down, so a one-unit order fails), in place of
 * the stock adapter when {@code ledgerport.test.fulfilment=half}.
 */
@Singleton
@Replaces(Fulfilment.class)
@Requires(property = "ledgerport.test.fulfilment", value = "half")
final class HalfFulfilment implements Fulfilment {

    @Override
    public Delivery deliver(Order order, Instant now) {
        return new Delivery(order.item().quantity() / 2);
    }
}
