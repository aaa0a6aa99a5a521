package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/** One of the partner's orders with what was delivered to it; another partner's order is not found. */
public interface GetOrderUseCase {

    Optional<OrderDetails> get(GetOrderQuery query);

    record GetOrderQuery(PartnerId partnerId, OrderId orderId, CallContext context) {

        public GetOrderQuery {
            Require.present(partnerId, "partner id");
            Require.present(orderId, "order id");
            Require.present(context, "context");
        }
    }

    /** The order and the stock items sold to it (codes, eSIM profiles), in the order they were delivered. */
    record OrderDetails(Order order, List<StockItem> delivered) {

        public OrderDetails {
            Require.present(order, "order");
            delivered = List.copyOf(delivered);
        }
    }
}
