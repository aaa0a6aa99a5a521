package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;

/**
 * TigerBeetle's four counters of an account, in minor units. They only grow, except that a pending amount
 * leaves {@code *Pending} when it is posted, voided or expires.
 *
 * <p>{@code balance = creditsPosted - debitsPosted}; {@code available = balance - debitsPending}. Both are
 * computed exactly: an overflow is an {@link ArithmeticException}, never a wrapped number.
 */
public record Balances(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

    public static final Balances ZERO = new Balances(0, 0, 0, 0);

    public Balances {
        Require.that(debitsPending >= 0, "debits pending must not be negative");
        Require.that(debitsPosted >= 0, "debits posted must not be negative");
        Require.that(creditsPending >= 0, "credits pending must not be negative");
        Require.that(creditsPosted >= 0, "credits posted must not be negative");
    }

    public long balance() {
        return Math.subtractExact(creditsPosted, debitsPosted);
    }

    public long available() {
        return Math.subtractExact(balance(), debitsPending);
    }
}
