package com.ledgerport.application.service;

import com.ledgerport.application.port.in.FulfilOrdersUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Fulfilment;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Orders;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.order.OrderTransition;
import com.ledgerport.domain.order.Settlement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims due orders in one short transaction (created → processing, with a lease), then finishes each in a
 * transaction of its own: lock it (only while this worker still holds its lease), deliver, move it to its final
 * status, settle its reservation and append its event — all or nothing. An order whose transaction fails stays
 * {@code processing}; when its lease ends, the next run (on any node) tries it again.
 */
public final class FulfilOrdersService implements FulfilOrdersUseCase {

    static final String ACTION = "order.fulfil";
    static final String POST_ACTION = "ledger.post";
    static final String VOID_ACTION = "ledger.void";
    private static final System.Logger LOG = System.getLogger(FulfilOrdersService.class.getName());

    private final UnitOfWork unitOfWork;
    private final Orders orders;
    private final Fulfilment fulfilment;
    private final Transfers transfers;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final Clock clock;
    private final LedgerPostings postings;

    public FulfilOrdersService(UnitOfWork unitOfWork, Orders orders, Fulfilment fulfilment, LedgerAccounts accounts,
            Transfers transfers, LedgerJournal journal, Outbox outbox, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.transfers = transfers;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.clock = clock;
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public FulfilmentRun fulfilDue(FulfilOrdersCommand command) {
        List<OrderId> claimed = unitOfWork.write(() -> claim(command));
        int completed = 0;
        int partial = 0;
        int failed = 0;
        int skipped = 0;
        for (OrderId id : claimed) {
            Optional<OrderStatus> outcome;
            try {
                outcome = unitOfWork.write(() -> finish(id, command));
            } catch (RuntimeException failure) {
                // The transaction rolled back: the order stays processing and is retried when its lease ends.
                LOG.log(System.Logger.Level.WARNING, "Fulfilment of order " + id + " failed; retried later", failure);
                outcome = Optional.empty();
            }
            if (outcome.isEmpty()) {
                skipped++;
            } else if (outcome.get() == OrderStatus.COMPLETED) {
                completed++;
            } else if (outcome.get() == OrderStatus.PARTIALLY_COMPLETED) {
                partial++;
            } else {
                failed++;
            }
        }
        return new FulfilmentRun(claimed.size(), completed, partial, failed, skipped);
    }

    private List<OrderId> claim(FulfilOrdersCommand command) {
        Instant now = clock.instant();
        List<OrderId> claimed = new ArrayList<>();
        for (Order order : orders.lockDue(now, command.limit())) {
            Order leased = order;
            if (order.status() == OrderStatus.CREATED) {
                OrderTransition started = order.startProcessing(now);
                if (!(started instanceof OrderTransition.Moved moved)) {
                    continue;
                }
                leased = moved.order();
            }
            orders.lease(leased, command.worker(), now.plus(command.lease()));
            claimed.add(order.id());
        }
        return claimed;
    }

    private Optional<OrderStatus> finish(OrderId id, FulfilOrdersCommand command) {
        Optional<Order> locked = orders.lockLeased(id, command.worker());
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Order order = locked.get();
        Instant now = clock.instant();
        // Someone (the operator) may have settled the hold by hand: then nothing is sold and nothing settles again.
        Optional<Transfer> hold = OrderHolds.open(transfers, id.value(), now);
        boolean open = hold.isPresent();
        int delivered = open ? fulfilment.deliver(order, now).deliveredQuantity() : 0;
        if (delivered > order.item().quantity()) {
            throw new IllegalStateException("fulfilment delivered more than order " + id + " asked for");
        }
        OrderTransition transition = order.finish(delivered, now);
        if (!(transition instanceof OrderTransition.Moved moved)) {
            throw new IllegalStateException("a leased order is not processing: " + id);
        }
        Order finished = moved.order();
        if (open) {
            settle(finished, hold.get(), command.context());
        }
        orders.finish(finished);
        if (OrderEvents.announces(finished.status())) {
            outbox.append(OrderEvents.statusChanged(finished, moved.from(), now));
        }
        auditLog.append(AuditRecord.of(command.context(), now, Optional.of(finished.partnerId()), ACTION,
                id.toString(), finished.status().wireName()));
        return Optional.of(finished.status());
    }

    /** Posts what was delivered (all, or part with the rest released) or releases everything. */
    private void settle(Order finished, Transfer hold, CallContext context) {
        Settlement settlement = finished.settlement().orElseThrow();
        UUID orderId = finished.id().value();
        TransferResult result = settlement.releasesAll()
                ? postings.apply(new TransferRequest.VoidPending(IdempotencyKey.forOrderVoid(orderId), hold.id()),
                        VOID_ACTION, context)
                : postings.apply(new TransferRequest.PostPending(IdempotencyKey.forOrderPost(orderId), hold.id(),
                        settlement.postsAll() ? Optional.empty() : Optional.of(settlement.posted())),
                        POST_ACTION, context);
        if (result instanceof TransferResult.Rejected rejected) {
            throw new IllegalStateException("the settlement of order " + orderId + " was refused: "
                    + rejected.reason().wireName());
        }
    }
}
