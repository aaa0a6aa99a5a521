package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import com.ledgerport.domain.shared.Require;

/** A partner's orders, newest first, filtered by status, external id and creation time; keyset pages. */
public interface ListOrdersUseCase {

    Page<Order> list(ListOrdersQuery query);

    record ListOrdersQuery(OrderFilter filter, PageRequest page, CallContext context) {

        public ListOrdersQuery {
            Require.present(filter, "filter");
            Require.present(page, "page");
            Require.present(context, "context");
        }
    }
}
