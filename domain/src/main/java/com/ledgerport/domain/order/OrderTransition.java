package com.ledgerport.domain.order;

import com.ledgerport.domain.shared.Require;

/** The outcome of asking an order to change status: it moved (the new order), or the state machine refused. */
public sealed interface OrderTransition permits OrderTransition.Moved, OrderTransition.Refused {

    record Moved(Order order, OrderStatus from) implements OrderTransition {

        public Moved {
            Require.present(order, "order");
            Require.present(from, "from");
        }
    }

    record Refused(OrderStatus from, OrderStatus to) implements OrderTransition {

        public Refused {
            Require.present(from, "from");
            Require.present(to, "to");
        }
    }
}
