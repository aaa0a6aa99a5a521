package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetEsimUseCase;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderId;
import java.util.Optional;

/** The eSIM's order must be the caller's: an ICCID sold to another partner answers "not found" like an unknown one. */
public final class GetEsimService implements GetEsimUseCase {

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final StockItems stockItems;

    public GetEsimService(UnitOfWork unitOfWork, Orders orders, StockItems stockItems) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.stockItems = stockItems;
    }

    @Override
    public Optional<EsimDetails> get(GetEsimQuery query) {
        if (!StockItem.ICCID.matcher(query.iccid()).matches()) {
            return Optional.empty();
        }
        return unitOfWork.read(() -> stockItems.orderOfEsim(query.iccid())
                .flatMap(orderId -> orders.find(query.partnerId(), new OrderId(orderId)))
                .flatMap(order -> profile(order, query.iccid()).map(profile -> new EsimDetails(profile, order))));
    }

    private Optional<EsimProfile> profile(Order order, String iccid) {
        return stockItems.soldTo(order.id().value()).stream()
                .filter(EsimProfile.class::isInstance).map(EsimProfile.class::cast)
                .filter(profile -> profile.iccid().equals(iccid)).findFirst();
    }
}
