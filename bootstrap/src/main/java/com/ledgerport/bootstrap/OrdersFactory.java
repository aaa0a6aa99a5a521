package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.CancelOrderUseCase;
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
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CancelOrderService;
import com.ledgerport.application.service.CreateOrderService;
import com.ledgerport.application.service.FulfilOrdersService;
import com.ledgerport.application.service.GetEsimService;
import com.ledgerport.application.service.GetOrderService;
import com.ledgerport.application.service.ListOrdersService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The order use cases (seed 002 / 001 orders and their fulfilment). */
@Factory
final class OrdersFactory {

    @Singleton
    CreateOrderUseCase createOrder(UnitOfWork unitOfWork, Orders orders, Skus skus, Products products,
            LedgerAccounts accounts, Transfers transfers, LedgerJournal journal, AuditLog auditLog, Clock clock,
            SeenSignatures seenSignatures) {
        return new CreateOrderService(unitOfWork, orders, skus, products, accounts, transfers, journal, auditLog,
                clock, seenSignatures);
    }

    @Singleton
    CancelOrderUseCase cancelOrder(UnitOfWork unitOfWork, Orders orders, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        return new CancelOrderService(unitOfWork, orders, accounts, transfers, journal, auditLog, clock);
    }

    @Singleton
    GetOrderUseCase getOrder(UnitOfWork unitOfWork, Orders orders, StockItems stockItems) {
        return new GetOrderService(unitOfWork, orders, stockItems);
    }

    @Singleton
    ListOrdersUseCase listOrders(UnitOfWork unitOfWork, Orders orders) {
        return new ListOrdersService(unitOfWork, orders);
    }

    @Singleton
    GetEsimUseCase getEsim(UnitOfWork unitOfWork, Orders orders, StockItems stockItems) {
        return new GetEsimService(unitOfWork, orders, stockItems);
    }

    @Singleton
    FulfilOrdersUseCase fulfilOrders(UnitOfWork unitOfWork, Orders orders, Fulfilment fulfilment,
            LedgerAccounts accounts, Transfers transfers, LedgerJournal journal, Outbox outbox, AuditLog auditLog,
            Clock clock) {
        return new FulfilOrdersService(unitOfWork, orders, fulfilment, accounts, transfers, journal, outbox,
                auditLog, clock);
    }
}
