package com.ledgerport.domain.ledger;

import com.ledgerport.domain.ledger.TransferDecision.Apply;
import com.ledgerport.domain.ledger.TransferDecision.Reject;
import com.ledgerport.domain.ledger.TransferDecision.Replay;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ledger's rules as pure functions: given a request, the transfer its key already names (if any), the
 * accounts, the transfer it settles or reverses (if any) and the time, decide what happens. Nothing here reads
 * a clock, a database or a random source except through its arguments, so every rule is a property to test.
 *
 * <p>The rule that matters most: after a transfer, a bounded account's {@code available} is at least
 * {@code -overdraft_limit}. A transfer that does not lower an account's available (a credit, a post, a void, an
 * expiry) is always allowed, even when the account is already below its floor because the operator lowered its
 * limit; such an account takes no further debit until it is back above the floor.
 */
public final class Ledger {

    /** Longest hold a pending transfer may ask for: 30 days. */
    public static final long TIMEOUT_SECONDS_MAX = 30L * 24 * 60 * 60;
    /** Most transfers in one linked batch. */
    public static final int BATCH_SIZE_MAX = 100;

    private Ledger() {
    }

    /**
     * Decides one request.
     *
     * @param existing the transfer stored under the request's key, if any
     * @param accounts the accounts the request (or its target) names; absent ones do not exist
     * @param target   the pending or posted transfer the request settles or reverses, with its follow-up
     * @param ids      a source of fresh transfer ids (UUIDv7); called at most once, only when the request applies
     */
    public static TransferDecision decide(TransferRequest request, Optional<Transfer> existing,
            Map<LedgerAccountId, LedgerAccount> accounts, Optional<TargetTransfer> target, Instant now,
            Supplier<TransferId> ids) {
        Require.present(request, "request");
        Optional<TransferRejection> invalid = validate(request);
        if (invalid.isPresent()) {
            return new Reject(invalid.get());
        }
        if (existing.isPresent()) {
            return TransferComparison.compare(request, existing.get(), target);
        }
        TransferPlan.Outcome planned = TransferPlan.of(request, accounts, target, now);
        if (planned instanceof TransferPlan.Refused refused) {
            return new Reject(refused.reason());
        }
        return apply(((TransferPlan.Planned) planned).plan(), accounts, now, ids);
    }

    /**
     * Decides a linked batch: requests are decided in order, each seeing the effects of those before it; the
     * batch applies only if every request applies. If one is refused, the first refused one reports its reason
     * and every other request {@link TransferRejection#LINKED_EVENT_FAILED}. If all were applied before (a
     * replay of the whole batch), the answer is those transfers. A batch that is partly new and partly applied
     * before is refused: its first old request reports {@link TransferRejection#EXISTS}.
     */
    public static BatchDecision decideBatch(List<TransferRequest> requests, Map<IdempotencyKey, Transfer> existing,
            Map<LedgerAccountId, LedgerAccount> accounts, Map<TransferId, TargetTransfer> targets, Instant now,
            Supplier<TransferId> ids) {
        Require.that(!requests.isEmpty(), "a batch has at least one transfer");
        Require.that(requests.size() <= BATCH_SIZE_MAX, "a batch has at most " + BATCH_SIZE_MAX + " transfers");
        Map<IdempotencyKey, Transfer> keys = new HashMap<>(existing);
        Map<LedgerAccountId, LedgerAccount> state = new HashMap<>(accounts);
        Map<TransferId, TargetTransfer> followed = new HashMap<>(targets);
        List<TransferDecision> decisions = new ArrayList<>(requests.size());
        for (TransferRequest request : requests) {
            Optional<TargetTransfer> target = request.targetId().map(followed::get);
            TransferDecision decision = decide(request, Optional.ofNullable(keys.get(request.key())), state,
                    target, now, ids);
            decisions.add(decision);
            if (decision instanceof Apply applied) {
                Transfer transfer = applied.transfer();
                keys.put(transfer.key(), transfer);
                applied.changedAccounts().forEach(account -> state.put(account.id(), account));
                request.targetId().ifPresent(id -> followed.computeIfPresent(id, (key, t) -> t.followedBy(transfer)));
            }
        }
        return combine(decisions);
    }

    private static BatchDecision combine(List<TransferDecision> decisions) {
        int firstRejected = indexOf(decisions, Reject.class);
        int firstReplayed = indexOf(decisions, Replay.class);
        if (firstRejected < 0 && firstReplayed < 0) {
            return new BatchDecision.ApplyAll(decisions.stream().map(Apply.class::cast).toList());
        }
        if (firstRejected < 0 && decisions.stream().allMatch(Replay.class::isInstance)) {
            return new BatchDecision.ReplayAll(decisions.stream().map(d -> ((Replay) d).existing()).toList());
        }
        int failing = firstRejected >= 0 ? firstRejected : firstReplayed;
        TransferRejection reason = firstRejected >= 0
                ? ((Reject) decisions.get(failing)).reason() : TransferRejection.EXISTS;
        List<TransferRejection> reasons = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            reasons.add(i == failing ? reason : TransferRejection.LINKED_EVENT_FAILED);
        }
        return new BatchDecision.RejectAll(reasons);
    }

    private static int indexOf(List<TransferDecision> decisions, Class<? extends TransferDecision> type) {
        for (int i = 0; i < decisions.size(); i++) {
            if (type.isInstance(decisions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The checks that need nothing but the request. */
    static Optional<TransferRejection> validate(TransferRequest request) {
        if (request instanceof TransferRequest.Single single) {
            return validateMovement(single.amount(), single.debitAccountId(), single.creditAccountId(), 0);
        }
        if (request instanceof TransferRequest.Pending pending) {
            return validateMovement(pending.amount(), pending.debitAccountId(), pending.creditAccountId(),
                    pending.timeoutSeconds());
        }
        if (request instanceof TransferRequest.PostPending post && post.amount().isPresent()
                && !post.amount().get().isPositive()) {
            return Optional.of(TransferRejection.AMOUNT_MUST_BE_POSITIVE);
        }
        return Optional.empty();
    }

    private static Optional<TransferRejection> validateMovement(Money amount, LedgerAccountId debit,
            LedgerAccountId credit, long timeoutSeconds) {
        if (!amount.isPositive()) {
            return Optional.of(TransferRejection.AMOUNT_MUST_BE_POSITIVE);
        }
        if (debit.equals(credit)) {
            return Optional.of(TransferRejection.ACCOUNTS_MUST_BE_DIFFERENT);
        }
        if (timeoutSeconds < 0) {
            return Optional.of(TransferRejection.TIMEOUT_MUST_NOT_BE_NEGATIVE);
        }
        if (timeoutSeconds > TIMEOUT_SECONDS_MAX) {
            return Optional.of(TransferRejection.TIMEOUT_TOO_LONG);
        }
        return Optional.empty();
    }

    /** Computes the new counters of each bounded account (overflow, overdraft) and builds the transfer. */
    private static TransferDecision apply(TransferPlan plan, Map<LedgerAccountId, LedgerAccount> accounts,
            Instant now, Supplier<TransferId> ids) {
        LedgerAccount debit = accounts.get(plan.debitAccountId());
        LedgerAccount credit = accounts.get(plan.creditAccountId());
        Optional<Balances> debitAfter;
        Optional<Balances> creditAfter;
        try {
            debitAfter = debit.isBounded() ? Optional.of(plan.debitEffect(debit.balances())) : Optional.empty();
            creditAfter = credit.isBounded() ? Optional.of(plan.creditEffect(credit.balances())) : Optional.empty();
        } catch (ArithmeticException overflow) {
            return new Reject(TransferRejection.OVERFLOW);
        }
        if (debitAfter.isPresent() && lowersBelowFloor(debit, debitAfter.get())) {
            return new Reject(TransferRejection.EXCEEDS_OVERDRAFT_LIMIT);
        }
        TransferId id = idAfter(ids.get(), debit, credit);
        Transfer transfer = plan.toTransfer(id, now);
        List<LedgerAccount> changed = new ArrayList<>(2);
        debitAfter.ifPresent(balances -> changed.add(debit.afterTransfer(balances, id)));
        creditAfter.ifPresent(balances -> changed.add(credit.afterTransfer(balances, id)));
        return new Apply(transfer, changed, entries(plan, transfer, debit, debitAfter, credit, creditAfter));
    }

    /** Does the change lower available, to below {@code -limit}? Counters are known representable here. */
    private static boolean lowersBelowFloor(LedgerAccount account, Balances after) {
        long floor = ((Overdraft.Limited) account.overdraft()).floorMinor();
        long availableAfter = after.available();
        return availableAfter < account.balances().available() && availableAfter < floor;
    }

    /** A fresh id, raised above the last transfer of each bounded account so histories stay in applied order. */
    private static TransferId idAfter(TransferId candidate, LedgerAccount... accounts) {
        TransferId id = candidate;
        for (LedgerAccount account : accounts) {
            if (account.isBounded() && account.lastTransferId().isPresent()
                    && id.compareTo(account.lastTransferId().get()) <= 0) {
                id = account.lastTransferId().get().successor();
            }
        }
        return id;
    }

    private static List<BalanceTransaction> entries(TransferPlan plan, Transfer transfer, LedgerAccount debit,
            Optional<Balances> debitAfter, LedgerAccount credit, Optional<Balances> creditAfter) {
        if (plan.postedMinor() == 0) {
            return List.of();
        }
        Money posted = Money.ofMinor(plan.postedMinor(), transfer.amount().currency());
        return List.of(
                new BalanceTransaction(debit.id(), transfer.id(), transfer.code(), posted.negate(),
                        debitAfter.map(after -> Money.ofMinor(after.balance(), debit.currency())),
                        transfer.reference(), transfer.createdAt()),
                new BalanceTransaction(credit.id(), transfer.id(), transfer.code(), posted,
                        creditAfter.map(after -> Money.ofMinor(after.balance(), credit.currency())),
                        transfer.reference(), transfer.createdAt()));
    }
}
