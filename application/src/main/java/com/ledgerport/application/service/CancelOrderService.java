package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CancelOrderUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.order.OrderTransition;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Locks the order (waiting for a fulfilment claim that holds it, so the two never both win), moves it
 * {@code created → cancelled}, voids its reservation and audits it — all in one unit of work.
 */
public final class CancelOrderService implements CancelOrderUseCase {

    static final String ACTION = "order.cancel";

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Transfers transfers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final LedgerPostings postings;

    public CancelOrderService(UnitOfWork unitOfWork, Orders orders, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.transfers = transfers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public OrderCancellation cancel(CancelOrderCommand command) {
        return unitOfWork.write(() -> {
            Optional<Order> locked = orders.lock(command.partnerId(), command.orderId());
            if (locked.isEmpty()) {
                return new NotFound();
            }
            Order order = locked.get();
            if (order.status() == OrderStatus.CANCELLED) {
                return new Cancelled(order, false);
            }
            Instant now = clock.instant();
            OrderTransition transition = order.cancel(now);
            if (!(transition instanceof OrderTransition.Moved moved)) {
                return new NotCancellable(order, order.status());
            }
            Order cancelled = moved.order();
            release(cancelled, command);
            orders.finish(cancelled);
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(cancelled.partnerId()), ACTION,
                    cancelled.id().toString(), cancelled.status().wireName()));
            return new Cancelled(cancelled, true);
        });
    }

    /** Voids the order's hold unless it is no longer pending (the operator settled it, or it expired). */
    private void release(Order cancelled, CancelOrderCommand command) {
        UUID orderId = cancelled.id().value();
        Optional<Transfer> hold = OrderHolds.open(transfers, orderId, clock.instant());
        if (hold.isEmpty()) {
            return;
        }
        TransferResult result = postings.apply(new TransferRequest.VoidPending(IdempotencyKey.forOrderVoid(orderId),
                hold.get().id()), FulfilOrdersService.VOID_ACTION, command.context());
        if (result instanceof TransferResult.Rejected rejected) {
            throw new IllegalStateException("releasing the reservation of order " + orderId + " was refused: "
                    + rejected.reason().wireName());
        }
    }
}
