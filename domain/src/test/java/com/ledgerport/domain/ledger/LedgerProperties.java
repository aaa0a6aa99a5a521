package com.ledgerport.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.ledger.TransferDecision.Apply;
import com.ledgerport.domain.ledger.TransferDecision.Reject;
import com.ledgerport.domain.ledger.TransferDecision.Replay;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.math.BigInteger;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Ledger#decide} against an independent statement of its rules: every condition that holds for a request is
 * listed separately (balances in {@link BigInteger}, so overflow is seen, not suffered), and the decision must be
 * the earliest of them in {@link TransferRejection}'s order — or apply, or replay, when none holds. Applied
 * transfers must move equal debit and credit legs.
 */
class LedgerProperties {

    static final Currency EUR = Currency.of("EUR");
    static final Currency USD = Currency.of("USD");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** Accounts: 0 and 1 bounded EUR, 2 unbounded EUR, 3 bounded USD; 4 does not exist. */
    record Input(List<LedgerAccount> accounts, LedgerAccountId ghost, TransferRequest request,
            Optional<Transfer> existing, Optional<TargetTransfer> target) {

        Map<LedgerAccountId, LedgerAccount> byId() {
            Map<LedgerAccountId, LedgerAccount> map = new HashMap<>();
            accounts.forEach(account -> map.put(account.id(), account));
            return map;
        }
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void the_decision_is_the_earliest_condition_that_holds(@ForAll("inputs") Input input) {
        TransferDecision decision = Ledger.decide(input.request(), input.existing(), input.byId(), input.target(),
                NOW, TransferId::generate);
        Expected expected = expected(input);
        Statistics.collect(decision instanceof Reject reject ? reject.reason().name()
                : decision.getClass().getSimpleName());
        if (expected.reason().isPresent()) {
            assertEquals(new Reject(expected.reason().get()), decision, input.toString());
        } else if (expected.replay()) {
            assertEquals(new Replay(input.existing().orElseThrow()), decision, input.toString());
        } else {
            assertTrue(decision instanceof Apply, "expected to apply: " + input + " but " + decision);
            Apply apply = (Apply) decision;
            assertConserves(apply, input);
        }
    }

    private static void assertConserves(Apply apply, Input input) {
        long lines = apply.entries().stream().mapToLong(line -> line.amount().minor()).sum();
        assertEquals(0, lines, "history lines of one transfer add up to zero");
        for (LedgerAccount changed : apply.changedAccounts()) {
            LedgerAccount before = input.byId().get(changed.id());
            assertTrue(changed.isBounded());
            long floor = ((Overdraft.Limited) changed.overdraft()).floorMinor();
            long available = changed.balances().available();
            assertTrue(available >= floor || available >= before.balances().available(), "floor kept");
            assertTrue(changed.lastTransferId().orElseThrow().compareTo(
                    before.lastTransferId().orElse(new TransferId(new java.util.UUID(0, 0)))) > 0);
        }
    }

    record Expected(Optional<TransferRejection> reason, boolean replay) {
    }

    // ---- the rules, stated once more, condition by condition ---------------------------------------------------

    static Expected expected(Input input) {
        Set<TransferRejection> holds = EnumSet.noneOf(TransferRejection.class);
        TransferRequest request = input.request();
        validation(request, holds);
        if (!holds.isEmpty()) {
            return new Expected(holds.stream().findFirst(), false);
        }
        if (input.existing().isPresent()) {
            differences(request, input.existing().get(), input.target(), holds);
            return new Expected(holds.stream().findFirst(), holds.isEmpty());
        }
        references(input, holds);
        return new Expected(holds.stream().findFirst(), false);
    }

    static void validation(TransferRequest request, Set<TransferRejection> holds) {
        if (request instanceof TransferRequest.Single single) {
            when(holds, single.amount().minor() <= 0, TransferRejection.AMOUNT_MUST_BE_POSITIVE);
            when(holds, single.debitAccountId().equals(single.creditAccountId()),
                    TransferRejection.ACCOUNTS_MUST_BE_DIFFERENT);
        }
        if (request instanceof TransferRequest.Pending pending) {
            when(holds, pending.amount().minor() <= 0, TransferRejection.AMOUNT_MUST_BE_POSITIVE);
            when(holds, pending.debitAccountId().equals(pending.creditAccountId()),
                    TransferRejection.ACCOUNTS_MUST_BE_DIFFERENT);
            when(holds, pending.timeoutSeconds() < 0, TransferRejection.TIMEOUT_MUST_NOT_BE_NEGATIVE);
            when(holds, pending.timeoutSeconds() > Ledger.TIMEOUT_SECONDS_MAX, TransferRejection.TIMEOUT_TOO_LONG);
        }
        if (request instanceof TransferRequest.PostPending post) {
            when(holds, post.amount().map(m -> m.minor() <= 0).orElse(false),
                    TransferRejection.AMOUNT_MUST_BE_POSITIVE);
        }
    }

    static void differences(TransferRequest request, Transfer existing, Optional<TargetTransfer> target,
            Set<TransferRejection> holds) {
        if (request.kind() != existing.kind()) {
            holds.add(TransferRejection.EXISTS_WITH_DIFFERENT_KIND);
            return;
        }
        Money amount = null;
        if (request instanceof TransferRequest.Single single) {
            movement(holds, existing, single.debitAccountId(), single.creditAccountId(), 0, single.code(),
                    single.reference());
            amount = single.amount();
        } else if (request instanceof TransferRequest.Pending pending) {
            movement(holds, existing, pending.debitAccountId(), pending.creditAccountId(), pending.timeoutSeconds(),
                    pending.code(), pending.reference());
            amount = pending.amount();
        } else if (request instanceof TransferRequest.Reverse reverse) {
            when(holds, !existing.reversalOf().equals(Optional.of(reverse.transferId())),
                    TransferRejection.EXISTS_WITH_DIFFERENT_REVERSED_ID);
        } else {
            when(holds, !existing.pendingId().equals(request.targetId()),
                    TransferRejection.EXISTS_WITH_DIFFERENT_PENDING_ID);
            if (request instanceof TransferRequest.PostPending post) {
                amount = post.amount().or(() -> target.map(t -> t.transfer().amount())).orElse(null);
            }
        }
        if (amount != null) {
            when(holds, !amount.currency().equals(existing.amount().currency()),
                    TransferRejection.EXISTS_WITH_DIFFERENT_CURRENCY);
            when(holds, amount.minor() != existing.amount().minor(), TransferRejection.EXISTS_WITH_DIFFERENT_AMOUNT);
        }
    }

    private static void movement(Set<TransferRejection> holds, Transfer existing, LedgerAccountId debit,
            LedgerAccountId credit, long timeout, TransferCode code, String reference) {
        when(holds, !debit.equals(existing.debitAccountId()), TransferRejection.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT);
        when(holds, !credit.equals(existing.creditAccountId()),
                TransferRejection.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT);
        when(holds, timeout != existing.timeoutSeconds(), TransferRejection.EXISTS_WITH_DIFFERENT_TIMEOUT);
        when(holds, code != existing.code(), TransferRejection.EXISTS_WITH_DIFFERENT_CODE);
        when(holds, !reference.equals(existing.reference()), TransferRejection.EXISTS_WITH_DIFFERENT_REFERENCE);
    }

    /** Everything after the key: what the request refers to, its state, the balances. */
    static void references(Input input, Set<TransferRejection> holds) {
        TransferRequest request = input.request();
        Map<LedgerAccountId, LedgerAccount> accounts = input.byId();
        LedgerAccountId debit;
        LedgerAccountId credit;
        Money amount;
        long held = 0;
        long released = 0;
        long posted;
        if (request instanceof TransferRequest.Single single) {
            debit = single.debitAccountId();
            credit = single.creditAccountId();
            amount = single.amount();
            posted = amount.minor();
        } else if (request instanceof TransferRequest.Pending pending) {
            debit = pending.debitAccountId();
            credit = pending.creditAccountId();
            amount = pending.amount();
            held = amount.minor();
            posted = 0;
        } else if (input.target().isEmpty()) {
            holds.add(request instanceof TransferRequest.Reverse ? TransferRejection.REVERSED_TRANSFER_NOT_FOUND
                    : TransferRejection.PENDING_TRANSFER_NOT_FOUND);
            return;
        } else {
            Transfer target = input.target().get().transfer();
            boolean reverse = request instanceof TransferRequest.Reverse;
            debit = reverse ? target.creditAccountId() : target.debitAccountId();
            credit = reverse ? target.debitAccountId() : target.creditAccountId();
            amount = request instanceof TransferRequest.PostPending post ? post.amount().orElse(target.amount())
                    : target.amount();
            released = reverse ? 0 : target.amount().minor();
            posted = reverse || request.kind() == TransferKind.POST_PENDING ? amount.minor() : 0;
            state(request, input.target().get(), amount, holds);
        }
        when(holds, !accounts.containsKey(debit), TransferRejection.DEBIT_ACCOUNT_NOT_FOUND);
        when(holds, !accounts.containsKey(credit), TransferRejection.CREDIT_ACCOUNT_NOT_FOUND);
        if (holds.contains(TransferRejection.DEBIT_ACCOUNT_NOT_FOUND)
                || holds.contains(TransferRejection.CREDIT_ACCOUNT_NOT_FOUND)) {
            return;
        }
        LedgerAccount from = accounts.get(debit);
        LedgerAccount to = accounts.get(credit);
        when(holds, !from.currency().equals(to.currency()) || !amount.currency().equals(from.currency()),
                TransferRejection.CURRENCY_MISMATCH);
        balances(from, to, held, released, posted, holds);
    }

    static void state(TransferRequest request, TargetTransfer target, Money amount, Set<TransferRejection> holds) {
        Transfer transfer = target.transfer();
        if (request instanceof TransferRequest.Reverse) {
            when(holds, !(transfer.kind() == TransferKind.SINGLE_PHASE || transfer.kind() == TransferKind.POST_PENDING),
                    TransferRejection.TRANSFER_NOT_REVERSIBLE);
            when(holds, target.followUp().isPresent(), TransferRejection.TRANSFER_ALREADY_REVERSED);
            return;
        }
        when(holds, transfer.kind() != TransferKind.PENDING, TransferRejection.PENDING_TRANSFER_NOT_PENDING);
        if (transfer.kind() != TransferKind.PENDING) {
            return;
        }
        Optional<TransferKind> settledBy = target.followUp().map(Transfer::kind);
        when(holds, settledBy.equals(Optional.of(TransferKind.POST_PENDING)),
                TransferRejection.PENDING_TRANSFER_ALREADY_POSTED);
        when(holds, settledBy.equals(Optional.of(TransferKind.VOID_PENDING)),
                TransferRejection.PENDING_TRANSFER_ALREADY_VOIDED);
        boolean dueByTime = transfer.timeoutSeconds() > 0
                && !NOW.isBefore(transfer.createdAt().plusSeconds(transfer.timeoutSeconds()));
        boolean expiring = request.kind() == TransferKind.EXPIRE_PENDING;
        when(holds, settledBy.equals(Optional.of(TransferKind.EXPIRE_PENDING))
                || (settledBy.isEmpty() && dueByTime && !expiring), TransferRejection.PENDING_TRANSFER_EXPIRED);
        when(holds, expiring && settledBy.isEmpty() && !dueByTime, TransferRejection.PENDING_TRANSFER_NOT_EXPIRED);
        when(holds, amount.minor() > transfer.amount().minor(), TransferRejection.EXCEEDS_PENDING_AMOUNT);
    }

    static void balances(LedgerAccount from, LedgerAccount to, long held, long released, long posted,
            Set<TransferRejection> holds) {
        BigInteger[] debitAfter = null;
        if (from.isBounded()) {
            Balances b = from.balances();
            debitAfter = new BigInteger[] {big(b.debitsPending()).add(big(held)).subtract(big(released)),
                    big(b.debitsPosted()).add(big(posted)), big(b.creditsPosted())};
            when(holds, overflows(debitAfter), TransferRejection.OVERFLOW);
        }
        if (to.isBounded()) {
            Balances b = to.balances();
            BigInteger[] creditAfter = {big(b.debitsPending()), big(b.debitsPosted()),
                    big(b.creditsPosted()).add(big(posted))};
            BigInteger creditsPending = big(b.creditsPending()).add(big(held)).subtract(big(released));
            when(holds, overflows(creditAfter) || creditsPending.compareTo(LONG_MAX) > 0, TransferRejection.OVERFLOW);
        }
        if (debitAfter != null && !overflows(debitAfter)) {
            BigInteger availableAfter = debitAfter[2].subtract(debitAfter[1]).subtract(debitAfter[0]);
            BigInteger availableBefore = big(from.balances().available());
            BigInteger floor = big(((Overdraft.Limited) from.overdraft()).floorMinor());
            when(holds, availableAfter.compareTo(availableBefore) < 0 && availableAfter.compareTo(floor) < 0,
                    TransferRejection.EXCEEDS_OVERDRAFT_LIMIT);
        }
    }

    /** {pending debits, posted debits, posted credits} out of range, or an available that is. */
    static boolean overflows(BigInteger[] counters) {
        BigInteger available = counters[2].subtract(counters[1]).subtract(counters[0]);
        return counters[0].compareTo(LONG_MAX) > 0 || counters[1].compareTo(LONG_MAX) > 0
                || counters[2].compareTo(LONG_MAX) > 0 || available.compareTo(LONG_MIN) < 0;
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    static void when(Set<TransferRejection> holds, boolean condition, TransferRejection reason) {
        if (condition) {
            holds.add(reason);
        }
    }

    // ---- generators ------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<List<LedgerAccount>> accounts = Combinators.combine(bounded(EUR), bounded(EUR), bounded(USD))
                .as((a, b, usd) -> List.of(a, b, LedgerAccount.open(AccountOwner.operator(), AccountKind.REVENUE, EUR,
                        NOW), usd));
        return accounts.flatMap(list -> {
            List<LedgerAccountId> ids = List.of(list.get(0).id(), list.get(1).id(), list.get(2).id(), list.get(3).id(),
                    LedgerAccountId.generate());
            return target(ids).optional(0.85).flatMap(t -> request(ids, t).flatMap(request -> existing(ids, request, t)
                    .map(existing -> new Input(withHolds(list, t), ids.get(4), request, existing, t))));
        });
    }

    /** Bounded accounts with any valid counters: debits never exceed what available can represent. */
    static Arbitrary<LedgerAccount> bounded(Currency currency) {
        Arbitrary<Long> counter = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(0, 100_000)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE / 2 - 10, Long.MAX_VALUE / 2)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 100_000, Long.MAX_VALUE)));
        Arbitrary<Long> limit = Arbitraries.of(0L, 500L, 50_000L, Long.MAX_VALUE / 2);
        return Combinators.combine(counter, counter, counter, limit).as((debits, pending, credits, overdraft) -> {
            long dPending = Math.min(pending, Long.MAX_VALUE - debits);
            return LedgerAccount.open(AccountOwner.partner(PartnerId.generate()), AccountKind.PARTNER_BALANCE,
                    currency, NOW).withOverdraft(Overdraft.limited(overdraft))
                    .withBalances(new Balances(dPending, debits, 0, credits));
        });
    }

    static Arbitrary<Money> amount(Currency currency) {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(1, 60_000)),
                Tuple.of(1, Arbitraries.longs().between(-2, 0)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 10, Long.MAX_VALUE)))
                .map(minor -> Money.ofMinor(minor, currency));
    }

    static Arbitrary<TargetTransfer> target(List<LedgerAccountId> ids) {
        Arbitrary<TransferKind> kind = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(TransferKind.PENDING)),
                Tuple.of(2, Arbitraries.just(TransferKind.SINGLE_PHASE)),
                Tuple.of(1, Arbitraries.of(TransferKind.POST_PENDING, TransferKind.REVERSAL)));
        Arbitrary<Integer> pair = Arbitraries.of(0, 1, 2, 3);
        return Combinators.combine(kind, pair, Arbitraries.longs().between(1, 40_000), Arbitraries.of(0L, 60L),
                Arbitraries.of(0L, 30L, 120L), Arbitraries.of(Optional.<TransferKind>empty(),
                        Optional.of(TransferKind.POST_PENDING), Optional.of(TransferKind.VOID_PENDING),
                        Optional.of(TransferKind.EXPIRE_PENDING), Optional.of(TransferKind.REVERSAL)))
                .as((k, first, minor, timeout, age, follow) -> {
                    LedgerAccountId debit = ids.get(first);
                    LedgerAccountId credit = ids.get((first + 1) % 3);
                    Currency currency = first == 3 ? USD : EUR;
                    Transfer transfer = new Transfer(TransferId.generate(), IdempotencyKey.of("t" + minor), k,
                            TransferCode.TRANSFER, debit, credit, Money.ofMinor(minor, currency),
                            k.resolvesPending() ? Optional.of(TransferId.generate()) : Optional.empty(),
                            k == TransferKind.REVERSAL ? Optional.of(TransferId.generate()) : Optional.empty(),
                            k == TransferKind.PENDING ? timeout : 0, "ref", NOW.minusSeconds(age));
                    Optional<Transfer> followUp = follow.filter(f -> (k == TransferKind.PENDING) == f.resolvesPending())
                            .map(f -> new Transfer(TransferId.generate(), IdempotencyKey.of("f" + minor), f,
                                    TransferCode.TRANSFER, debit, credit, transfer.amount(),
                                    f.resolvesPending() ? Optional.of(transfer.id()) : Optional.empty(),
                                    f == TransferKind.REVERSAL ? Optional.of(transfer.id()) : Optional.empty(), 0,
                                    "ref", NOW));
                    return new TargetTransfer(transfer, followUp);
                });
    }

    /** An open hold's amount is in its accounts' pending counters (the ledger never lets it be otherwise). */
    static List<LedgerAccount> withHolds(List<LedgerAccount> accounts, Optional<TargetTransfer> target) {
        if (target.isEmpty() || target.get().transfer().kind() != TransferKind.PENDING
                || target.get().followUp().isPresent()) {
            return accounts;
        }
        Transfer hold = target.get().transfer();
        return accounts.stream().map(account -> {
            if (!account.isBounded()) {
                return account;
            }
            Balances b = account.balances();
            long p = hold.amount().minor();
            if (account.id().equals(hold.debitAccountId()) && b.debitsPending() < p) {
                long posted = Math.min(b.debitsPosted(), Long.MAX_VALUE - p);
                return account.withBalances(new Balances(p, posted, b.creditsPending(), b.creditsPosted()));
            }
            if (account.id().equals(hold.creditAccountId()) && b.creditsPending() < p) {
                return account.withBalances(new Balances(b.debitsPending(), b.debitsPosted(), p, b.creditsPosted()));
            }
            return account;
        }).toList();
    }

    static Arbitrary<TransferRequest> request(List<LedgerAccountId> ids, Optional<TargetTransfer> target) {
        TransferId targetId = target.map(t -> t.transfer().id()).orElseGet(TransferId::generate);
        Arbitrary<LedgerAccountId> account = Arbitraries.of(ids);
        Arbitrary<Currency> currency = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(EUR)),
                Tuple.of(1, Arbitraries.just(USD)));
        Arbitrary<Money> money = currency.flatMap(LedgerProperties::amount);
        IdempotencyKey key = IdempotencyKey.of("k");
        Arbitrary<TransferRequest> single = Combinators.combine(account, account, money, Arbitraries.of("ref", "other"))
                .as((d, c, m, r) -> new TransferRequest.Single(key, d, c, m, TransferCode.TRANSFER, r));
        Arbitrary<TransferRequest> pending = Combinators.combine(account, account, money,
                Arbitraries.of(0L, 60L, -1L, Ledger.TIMEOUT_SECONDS_MAX + 1))
                .as((d, c, m, t) -> new TransferRequest.Pending(key, d, c, m, t, TransferCode.TRANSFER, "ref"));
        Arbitrary<TransferRequest> post = money.optional(0.5)
                .map(m -> new TransferRequest.PostPending(key, targetId, m));
        return Arbitraries.oneOf(single, pending, post,
                Arbitraries.just(new TransferRequest.VoidPending(key, targetId)),
                Arbitraries.just(new TransferRequest.ExpirePending(key, targetId)),
                Arbitraries.just(new TransferRequest.Reverse(key, targetId)));
    }

    /** Sometimes the key is taken: by a transfer like the request, or one differing in a field or two. */
    static Arbitrary<Optional<Transfer>> existing(List<LedgerAccountId> ids, TransferRequest request,
            Optional<TargetTransfer> target) {
        Arbitrary<Transfer> taken = Combinators.combine(Arbitraries.of(TransferKind.values()), Arbitraries.of(ids),
                Arbitraries.of(ids), Arbitraries.longs().between(1, 60_000), Arbitraries.of(EUR, USD))
                .as((kind, debit, credit, minor, currency) -> {
                    LedgerAccountId credited = credit.equals(debit) ? ids.get((ids.indexOf(debit) + 1) % ids.size())
                            : credit;
                    return new Transfer(TransferId.generate(), request.key(), kind, TransferCode.TRANSFER, debit,
                            credited, Money.ofMinor(minor, currency),
                            kind.resolvesPending() ? request.targetId().or(() -> Optional.of(TransferId.generate()))
                                    : Optional.empty(),
                            kind == TransferKind.REVERSAL ? request.targetId().or(() -> Optional.of(TransferId.generate()))
                                    : Optional.empty(),
                            kind == TransferKind.PENDING ? 60 : 0, "ref", NOW);
                });
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.<Transfer>empty())),
                Tuple.of(1, taken.map(Optional::of)));
    }
}
