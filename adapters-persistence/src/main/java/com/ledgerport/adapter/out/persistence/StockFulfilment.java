package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.domain.order.Order;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The default fulfilment: sells uploaded stock items (voucher codes, eSIM profiles) to the order, in the order's
 * own transaction, so the items are sold exactly when the order finishes. Products that are not delivered as
 * items (recharges, other) take their units from the SKU's quota, all or none.
 */
@Singleton
final class StockFulfilment implements Fulfilment {

    private final StockItems stockItems;
    private final Skus skus;

    StockFulfilment(StockItems stockItems, Skus skus) {
        this.stockItems = stockItems;
        this.skus = skus;
    }

    @Override
    public Delivery deliver(Order order, Instant now) {
        if (!order.productType().deliversItems()) {
            return new Delivery(skus.takeQuota(order.item().skuId(), order.item().quantity())
                    ? order.item().quantity() : 0);
        }
        return new Delivery(stockItems.claim(order.item().skuId(), order.item().quantity(), order.id().value(), now)
                .size());
    }
}
