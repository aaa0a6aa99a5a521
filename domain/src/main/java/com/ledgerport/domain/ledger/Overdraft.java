package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;

/**
 * How far below zero an account's available amount may go: a limit of {@code n} minor units lets available
 * reach exactly {@code -n}, never below; {@link Unbounded} (operator accounts only) has no floor.
 */
public sealed interface Overdraft permits Overdraft.Limited, Overdraft.Unbounded {

    static Overdraft none() {
        return new Limited(0);
    }

    static Overdraft limited(long limitMinor) {
        return new Limited(limitMinor);
    }

    static Overdraft unbounded() {
        return new Unbounded();
    }

    boolean isBounded();

    record Limited(long limitMinor) implements Overdraft {

        public Limited {
            Require.that(limitMinor >= 0, "overdraft limit must not be negative");
        }

        /** The lowest available amount allowed: {@code -limit} (exact, since the limit is not negative). */
        public long floorMinor() {
            return -limitMinor;
        }

        @Override
        public boolean isBounded() {
            return true;
        }
    }

    record Unbounded() implements Overdraft {

        @Override
        public boolean isBounded() {
            return false;
        }
    }
}
