package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/**
 * Cancels one of the partner's orders while fulfilment has not taken it ({@code created → cancelled}), releasing
 * its whole reservation in the same transaction. Asking again answers the cancelled order; an order already
 * {@code processing} or finished is refused with its status; another partner's order is not found.
 */
public interface CancelOrderUseCase {

    OrderCancellation cancel(CancelOrderCommand command);

    record CancelOrderCommand(PartnerId partnerId, OrderId orderId, CallContext context) {

        public CancelOrderCommand {
            Require.present(partnerId, "partner id");
            Require.present(orderId, "order id");
            Require.present(context, "context");
        }
    }

    sealed interface OrderCancellation {
    }

    /** The order is cancelled (now, or by an earlier request) and its reservation released. */
    record Cancelled(Order order, boolean now) implements OrderCancellation {
    }

    /** Fulfilment has taken the order, or it is finished: nothing changed. */
    record NotCancellable(Order order, OrderStatus status) implements OrderCancellation {
    }

    record NotFound() implements OrderCancellation {
    }
}
