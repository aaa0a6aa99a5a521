package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Require;

/**
 * How many units of a SKU can be sold: unlimited, or a count. For products delivered from items (vouchers,
 * eSIMs) the count is the number of uploaded items not yet sold; for others it is a quota set by the operator.
 */
public record Stock(boolean unlimited, long available) {

    public static final long COUNT_MAX = 1_000_000_000L;

    public Stock {
        Require.that(available >= 0, "stock cannot be negative");
        Require.that(available <= COUNT_MAX, "stock is at most " + COUNT_MAX);
        Require.that(!unlimited || available == 0, "unlimited stock has no count");
    }

    public static Stock unlimitedStock() {
        return new Stock(true, 0);
    }

    public static Stock counted(long available) {
        return new Stock(false, available);
    }

    public boolean inStock() {
        return unlimited || available > 0;
    }

    public boolean covers(long quantity) {
        return unlimited || available >= quantity;
    }

    /** Seed 002's stock status. */
    public String status() {
        return inStock() ? "in_stock" : "out_of_stock";
    }
}
