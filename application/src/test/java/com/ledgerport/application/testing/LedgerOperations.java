package com.ledgerport.application.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Generators of ledger scenarios over {@link LedgerWorld}'s eight accounts. */
public final class LedgerOperations {

    private LedgerOperations() {
    }

    /** Between 5 and {@code stepsMax} steps, every length equally likely (jqwik favours short lists otherwise). */
    public static Arbitrary<List<LedgerOp>> scenarios(int stepsMax) {
        return step().list().ofMinSize(5).ofMaxSize(stepsMax).withSizeDistribution(RandomDistribution.uniform());
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<LedgerOp> step() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, fund()),
                Tuple.of(8, move()),
                Tuple.of(2, post()),
                Tuple.of(1, voidHold()),
                Tuple.of(1, expire()),
                Tuple.of(2, reverse()),
                Tuple.of(2, batch()),
                Tuple.of(3, replay()),
                Tuple.of(1, setLimit()));
    }

    /** Mostly ordinary amounts, some beyond any balance, a few invalid ones. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Long> amount() {
        return Arbitraries.frequencyOf(
                Tuple.of(24, Arbitraries.longs().between(1, 5_000)),
                Tuple.of(4, Arbitraries.longs().between(5_001, 60_000)),
                Tuple.of(1, Arbitraries.longs().between(-3, 0)),
                Tuple.of(1, Arbitraries.longs().between(1_000_000_000L, 1_000_000_000_000L)));
    }

    /** True one time in ten. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Boolean> seldom() {
        return Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
    }

    /** Debit and credit accounts, mostly of one currency (accounts 0–2, 4, 5 are EUR; 3, 6, 7 USD). */
    @SuppressWarnings("unchecked")
    static Arbitrary<List<Integer>> accountPair() {
        Arbitrary<Integer> euro = Arbitraries.of(0, 1, 2, 4, 5);
        Arbitrary<Integer> dollar = Arbitraries.of(3, 6, 7);
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(euro, euro).as(List::of)),
                Tuple.of(3, Combinators.combine(dollar, dollar).as(List::of)),
                Tuple.of(1, Combinators.combine(account(), account()).as(List::of)));
    }

    static Arbitrary<Integer> account() {
        return Arbitraries.integers().between(0, LedgerWorld.ACCOUNTS - 1);
    }

    static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 40);
    }

    static Arbitrary<LedgerOp> fund() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), amount(),
                Arbitraries.integers().between(0, 3), seldom()).as(LedgerOp.Fund::new);
    }

    static Arbitrary<LedgerOp.Move> move() {
        Arbitrary<Long> timeout = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.of(30L, 120L)), Tuple.of(1, Arbitraries.just(-1L)));
        return Combinators.combine(accountPair(), amount(), Arbitraries.integers().between(0, 7),
                Arbitraries.of(false, true), timeout)
                .as((pair, amount, key, pending, seconds) ->
                        new LedgerOp.Move(pair.get(0), pair.get(1), amount, key, pending, pending ? seconds : 0));
    }

    static Arbitrary<LedgerOp> post() {
        Arbitrary<java.util.Optional<Long>> amount = amount().optional(0.5);
        return Combinators.combine(index(), amount, Arbitraries.integers().between(0, 7)).as(LedgerOp.Post::new);
    }

    static Arbitrary<LedgerOp> voidHold() {
        return Combinators.combine(index(), Arbitraries.integers().between(0, 7)).as(LedgerOp.VoidHold::new);
    }

    static Arbitrary<LedgerOp> expire() {
        return Arbitraries.of(10L, 40L, 130L).map(LedgerOp.Expire::new);
    }

    static Arbitrary<LedgerOp> reverse() {
        return index().map(LedgerOp.Reverse::new);
    }

    static Arbitrary<LedgerOp> batch() {
        return move().list().ofMinSize(2).ofMaxSize(3).map(LedgerOp.Batch::new);
    }

    static Arbitrary<LedgerOp> replay() {
        return index().map(LedgerOp.Replay::new);
    }

    static Arbitrary<LedgerOp> setLimit() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(0L, 500L, 5_000L, 50_000L))
                .as(LedgerOp.SetLimit::new);
    }
}
