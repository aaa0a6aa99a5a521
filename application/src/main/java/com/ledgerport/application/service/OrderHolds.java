package com.ledgerport.application.service;

import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.TargetTransfer.PendingStatus;
import com.ledgerport.domain.ledger.Transfer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pending transfer that reserves an order's amount, shared by the services that settle or release it. */
final class OrderHolds {

    private OrderHolds() {
    }

    /**
     * The order's hold while it is still pending; empty when someone (the operator) already posted, voided or let
     * it expire — then nothing is to settle again. Every order has a hold: its absence is a broken invariant.
     */
    static Optional<Transfer> open(Transfers transfers, UUID orderId, Instant now) {
        IdempotencyKey holdKey = IdempotencyKey.forOrderHold(orderId);
        Transfer hold = Optional.ofNullable(transfers.findByKeys(List.of(holdKey)).get(holdKey))
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " has no reservation"));
        boolean pending = transfers.findWithFollowUp(hold.id()).map(target -> target.pendingStatus(now))
                .orElseThrow() == PendingStatus.PENDING;
        return pending ? Optional.of(hold) : Optional.empty();
    }
}
