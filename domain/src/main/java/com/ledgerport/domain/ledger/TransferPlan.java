package com.ledgerport.domain.ledger;

import com.ledgerport.domain.ledger.TargetTransfer.PendingStatus;
import com.ledgerport.domain.shared.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A request resolved against what it refers to: which accounts it touches and how much it holds, releases and
 * posts. Building one checks everything except the balances, in the order of {@link TransferRejection}.
 *
 * @param heldMinor     added to the pending counters of both accounts
 * @param releasedMinor taken off the pending counters (the whole hold, when a pending transfer is settled)
 * @param postedMinor   added to the posted counters
 */
record TransferPlan(
        IdempotencyKey key,
        TransferKind kind,
        TransferCode code,
        LedgerAccountId debitAccountId,
        LedgerAccountId creditAccountId,
        Money amount,
        long heldMinor,
        long releasedMinor,
        long postedMinor,
        Optional<TransferId> pendingId,
        Optional<TransferId> reversalOf,
        long timeoutSeconds,
        String reference) {

    sealed interface Outcome permits Planned, Refused {
    }

    record Planned(TransferPlan plan) implements Outcome {
    }

    record Refused(TransferRejection reason) implements Outcome {
    }

    static Outcome of(TransferRequest request, Map<LedgerAccountId, LedgerAccount> accounts,
            Optional<TargetTransfer> target, Instant now) {
        if (request instanceof TransferRequest.Single single) {
            Money amount = single.amount();
            return checkAccounts(new TransferPlan(single.key(), TransferKind.SINGLE_PHASE, single.code(),
                    single.debitAccountId(), single.creditAccountId(), amount, 0, 0, amount.minor(),
                    Optional.empty(), Optional.empty(), 0, single.reference()), accounts);
        }
        if (request instanceof TransferRequest.Pending pending) {
            Money amount = pending.amount();
            return checkAccounts(new TransferPlan(pending.key(), TransferKind.PENDING, pending.code(),
                    pending.debitAccountId(), pending.creditAccountId(), amount, amount.minor(), 0, 0,
                    Optional.empty(), Optional.empty(), pending.timeoutSeconds(), pending.reference()), accounts);
        }
        if (request instanceof TransferRequest.Reverse reverse) {
            return reverse(reverse, accounts, target);
        }
        return settle(request, accounts, target, now);
    }

    /** A post, void or expiry of a pending transfer. */
    private static Outcome settle(TransferRequest request, Map<LedgerAccountId, LedgerAccount> accounts,
            Optional<TargetTransfer> target, Instant now) {
        if (target.isEmpty()) {
            return new Refused(TransferRejection.PENDING_TRANSFER_NOT_FOUND);
        }
        Transfer pending = target.get().transfer();
        Money amount = request instanceof TransferRequest.PostPending post
                ? post.amount().orElse(pending.amount()) : pending.amount();
        long posted = request.kind() == TransferKind.POST_PENDING ? amount.minor() : 0;
        TransferPlan plan = new TransferPlan(request.key(), request.kind(), pending.code(), pending.debitAccountId(),
                pending.creditAccountId(), amount, 0, pending.amount().minor(), posted, Optional.of(pending.id()),
                Optional.empty(), 0, pending.reference());
        Outcome checked = checkAccounts(plan, accounts);
        if (checked instanceof Refused) {
            return checked;
        }
        if (pending.kind() != TransferKind.PENDING) {
            return new Refused(TransferRejection.PENDING_TRANSFER_NOT_PENDING);
        }
        PendingStatus status = target.get().pendingStatus(now);
        if (status == PendingStatus.POSTED) {
            return new Refused(TransferRejection.PENDING_TRANSFER_ALREADY_POSTED);
        }
        if (status == PendingStatus.VOIDED) {
            return new Refused(TransferRejection.PENDING_TRANSFER_ALREADY_VOIDED);
        }
        boolean expiring = request.kind() == TransferKind.EXPIRE_PENDING;
        if (status == PendingStatus.EXPIRED && (!expiring || target.get().followUp().isPresent())) {
            return new Refused(TransferRejection.PENDING_TRANSFER_EXPIRED);
        }
        if (expiring && status == PendingStatus.PENDING) {
            return new Refused(TransferRejection.PENDING_TRANSFER_NOT_EXPIRED);
        }
        if (amount.minor() > pending.amount().minor()) {
            return new Refused(TransferRejection.EXCEEDS_PENDING_AMOUNT);
        }
        return checked;
    }

    private static Outcome reverse(TransferRequest.Reverse request, Map<LedgerAccountId, LedgerAccount> accounts,
            Optional<TargetTransfer> target) {
        if (target.isEmpty()) {
            return new Refused(TransferRejection.REVERSED_TRANSFER_NOT_FOUND);
        }
        Transfer original = target.get().transfer();
        TransferPlan plan = new TransferPlan(request.key(), TransferKind.REVERSAL, TransferCode.REVERSAL,
                original.creditAccountId(), original.debitAccountId(), original.amount(), 0, 0,
                original.amount().minor(), Optional.empty(), Optional.of(original.id()), 0, original.reference());
        Outcome checked = checkAccounts(plan, accounts);
        if (checked instanceof Refused) {
            return checked;
        }
        if (!original.kind().isReversible()) {
            return new Refused(TransferRejection.TRANSFER_NOT_REVERSIBLE);
        }
        if (target.get().followUp().isPresent()) {
            return new Refused(TransferRejection.TRANSFER_ALREADY_REVERSED);
        }
        return checked;
    }

    private static Outcome checkAccounts(TransferPlan plan, Map<LedgerAccountId, LedgerAccount> accounts) {
        LedgerAccount debit = accounts.get(plan.debitAccountId());
        if (debit == null) {
            return new Refused(TransferRejection.DEBIT_ACCOUNT_NOT_FOUND);
        }
        LedgerAccount credit = accounts.get(plan.creditAccountId());
        if (credit == null) {
            return new Refused(TransferRejection.CREDIT_ACCOUNT_NOT_FOUND);
        }
        if (!debit.currency().equals(credit.currency()) || !plan.amount().currency().equals(debit.currency())) {
            return new Refused(TransferRejection.CURRENCY_MISMATCH);
        }
        return new Planned(plan);
    }

    /** The debit account's counters after this transfer; {@link ArithmeticException} on overflow. */
    Balances debitEffect(Balances before) {
        Balances after = new Balances(pendingAfter(before.debitsPending()),
                Math.addExact(before.debitsPosted(), postedMinor), before.creditsPending(), before.creditsPosted());
        representable(after);
        return after;
    }

    /** The credit account's counters after this transfer; {@link ArithmeticException} on overflow. */
    Balances creditEffect(Balances before) {
        Balances after = new Balances(before.debitsPending(), before.debitsPosted(),
                pendingAfter(before.creditsPending()), Math.addExact(before.creditsPosted(), postedMinor));
        representable(after);
        return after;
    }

    private long pendingAfter(long pendingBefore) {
        long pending = Math.subtractExact(Math.addExact(pendingBefore, heldMinor), releasedMinor);
        if (pending < 0) {
            // A hold is released once and only from the accounts it was placed on: this cannot happen.
            throw new IllegalStateException("pending counter would drop below zero: the ledger is inconsistent");
        }
        return pending;
    }

    /** Balance and available must fit in a long too, or the transfer overflows. */
    private static void representable(Balances balances) {
        balances.available();
    }

    Transfer toTransfer(TransferId id, Instant now) {
        return new Transfer(id, key, kind, code, debitAccountId, creditAccountId, amount, pendingId, reversalOf,
                timeoutSeconds, reference, now);
    }
}
