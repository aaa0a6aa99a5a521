package com.ledgerport.application.port.out;

import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/**
 * Delivers what an order bought. Called within the unit of work that finishes the order, so that what was
 * delivered, the order's final status and the settlement of its reservation commit together or not at all.
 * The default adapter sells uploaded stock items (voucher codes, eSIM profiles); the delivered items are then
 * read back through {@link StockItems#soldTo}.
 */
public interface Fulfilment {

    Delivery deliver(Order order, Instant now);

    /** How many of the order's units were delivered: all, some (partial) or none (failed). */
    record Delivery(int deliveredQuantity) {

        public Delivery {
            Require.that(deliveredQuantity >= 0, "delivered quantity cannot be negative");
        }
    }
}
