package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListOrdersUseCase;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.shared.Page;

public final class ListOrdersService implements ListOrdersUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;

    public ListOrdersService(UnitOfWork unitOfWork, Orders orders) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
    }

    @Override
    public Page<Order> list(ListOrdersQuery query) {
        return unitOfWork.read(() -> orders.list(query.filter(), query.page()));
    }
}
