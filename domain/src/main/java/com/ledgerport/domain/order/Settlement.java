package com.ledgerport.domain.order;

import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;

/**
 * How a finished order settles its reservation: {@code posted} is charged (what was delivered), {@code released}
 * goes back to the partner. Together they are always the whole reservation.
 */
public record Settlement(Money posted, Money released) {

    public Settlement {
        Require.present(posted, "posted");
        Require.present(released, "released");
        Require.that(!posted.isNegative(), "posted cannot be negative");
        Require.that(!released.isNegative(), "released cannot be negative");
        Require.that(posted.currency().equals(released.currency()), "one currency");
    }

    public Money reservation() {
        return posted.plus(released);
    }

    public boolean postsAll() {
        return released.isZero();
    }

    public boolean releasesAll() {
        return posted.isZero();
    }
}
