package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetOrderUseCase;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.order.Order;
import java.util.List;
import java.util.Optional;

public final class GetOrderService implements GetOrderUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final StockItems stockItems;

    public GetOrderService(UnitOfWork unitOfWork, Orders orders, StockItems stockItems) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.stockItems = stockItems;
    }

    @Override
    public Optional<OrderDetails> get(GetOrderQuery query) {
        return unitOfWork.read(() -> orders.find(query.partnerId(), query.orderId())
                .map(order -> new OrderDetails(order, delivered(order))));
    }

    /** Only an order that delivered units of an item-delivering product has items to read. */
    private List<StockItem> delivered(Order order) {
        return order.deliveredQuantity() > 0 && order.productType().deliversItems()
                ? stockItems.soldTo(order.id().value()) : List.of();
    }
}
