package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.order.Order;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The default fulfilment: sells uploaded stock items (voucher codes, eSIM profiles) to the order, in the order's
 * own transaction, so the items are sold exactly when the order finishes. Products that are not delivered as
 * items (recharges, other) are delivered whole: their stock is a quota the order checked when it was placed.
 */
@Singleton
final class StockFulfilment implements Fulfilment {

    private final StockItems stockItems;

    StockFulfilment(StockItems stockItems) {
        this.stockItems = stockItems;
    }

    @Override
    public Delivery deliver(Order order, Instant now) {
        if (!order.productType().deliversItems()) {
            return new Delivery(order.item().quantity());
        }
        return new Delivery(stockItems.claim(order.item().skuId(), order.item().quantity(), order.id().value(), now)
                .size());
    }
}
