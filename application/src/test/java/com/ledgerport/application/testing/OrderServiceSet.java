package com.ledgerport.application.testing;

import com.ledgerport.application.port.in.CreateOrderUseCase;
import com.ledgerport.application.port.in.FulfilOrdersUseCase;
import com.ledgerport.application.port.in.GetEsimUseCase;
import com.ledgerport.application.port.in.GetOrderUseCase;
import com.ledgerport.application.port.in.ListOrdersUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CreateOrderService;
import com.ledgerport.application.service.FulfilOrdersService;
import com.ledgerport.application.service.GetEsimService;
import com.ledgerport.application.service.GetOrderService;
import com.ledgerport.application.service.ListOrdersService;
import java.time.Clock;

/** Every order use case over one set of outbound ports, the way bootstrap builds them. */
public final class OrderServiceSet {

    public final CreateOrderUseCase createOrder;
    public final GetOrderUseCase getOrder;
    public final ListOrdersUseCase listOrders;
    public final GetEsimUseCase getEsim;
    public final FulfilOrdersUseCase fulfilOrders;

    public OrderServiceSet(UnitOfWork unitOfWork, Orders orders, Skus skus, Products products, StockItems stockItems,
            Fulfilment fulfilment, LedgerAccounts accounts, Transfers transfers, LedgerJournal journal,
            Outbox outbox, AuditLog auditLog, Clock clock) {
        createOrder = new CreateOrderService(unitOfWork, orders, skus, products, accounts, transfers, journal,
                auditLog, clock, new InMemorySeenSignatures());
        getOrder = new GetOrderService(unitOfWork, orders, stockItems);
        listOrders = new ListOrdersService(unitOfWork, orders);
        getEsim = new GetEsimService(unitOfWork, orders, stockItems);
        fulfilOrders = new FulfilOrdersService(unitOfWork, orders, fulfilment, accounts, transfers, journal, outbox,
                auditLog, clock);
    }
}
