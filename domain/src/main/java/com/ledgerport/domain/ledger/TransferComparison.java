package com.ledgerport.domain.ledger;

import com.ledgerport.domain.ledger.TransferDecision.Reject;
import com.ledgerport.domain.ledger.TransferDecision.Replay;
import com.ledgerport.domain.shared.Money;
import java.util.Optional;

/**
 * A request whose key is taken: the same parameters answer the stored transfer, different ones are refused with
 * the first difference, in the order of {@link TransferRejection}.
 */
final class TransferComparison {

    private TransferComparison() {
    }

    static TransferDecision compare(TransferRequest request, Transfer existing, Optional<TargetTransfer> target) {
        Optional<TransferRejection> difference = firstDifference(request, existing, target);
        return difference.<TransferDecision>map(Reject::new).orElseGet(() -> new Replay(existing));
    }

    private static Optional<TransferRejection> firstDifference(TransferRequest request, Transfer existing,
            Optional<TargetTransfer> target) {
        if (request.kind() != existing.kind()) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_KIND);
        }
        if (request instanceof TransferRequest.Single single) {
            return movement(existing, single.debitAccountId(), single.creditAccountId(), single.amount(), 0,
                    single.code(), single.reference());
        }
        if (request instanceof TransferRequest.Pending pending) {
            return movement(existing, pending.debitAccountId(), pending.creditAccountId(), pending.amount(),
                    pending.timeoutSeconds(), pending.code(), pending.reference());
        }
        if (request instanceof TransferRequest.Reverse reverse) {
            return reverse.transferId().equals(existing.reversalOf().orElse(null)) ? Optional.empty()
                    : Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_REVERSED_ID);
        }
        TransferId pendingId = request.targetId().orElseThrow();
        if (!pendingId.equals(existing.pendingId().orElse(null))) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_PENDING_ID);
        }
        if (request instanceof TransferRequest.PostPending post) {
            // "All of it" is the pending amount, which never changes; without the pending, trust the stored post.
            Optional<Money> asked = post.amount().or(() -> target.map(t -> t.transfer().amount()));
            return asked.flatMap(amount -> amount(existing, amount));
        }
        return Optional.empty();
    }

    private static Optional<TransferRejection> movement(Transfer existing, LedgerAccountId debit,
            LedgerAccountId credit, Money amount, long timeoutSeconds, TransferCode code, String reference) {
        if (!debit.equals(existing.debitAccountId())) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT);
        }
        if (!credit.equals(existing.creditAccountId())) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT);
        }
        Optional<TransferRejection> differentAmount = amount(existing, amount);
        if (differentAmount.isPresent()) {
            return differentAmount;
        }
        if (timeoutSeconds != existing.timeoutSeconds()) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_TIMEOUT);
        }
        if (code != existing.code()) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_CODE);
        }
        if (!reference.equals(existing.reference())) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_REFERENCE);
        }
        return Optional.empty();
    }

    private static Optional<TransferRejection> amount(Transfer existing, Money amount) {
        if (!amount.currency().equals(existing.amount().currency())) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_CURRENCY);
        }
        if (amount.minor() != existing.amount().minor()) {
            return Optional.of(TransferRejection.EXISTS_WITH_DIFFERENT_AMOUNT);
        }
        return Optional.empty();
    }
}
