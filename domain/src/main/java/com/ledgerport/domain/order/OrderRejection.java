package com.ledgerport.domain.order;

import java.util.Locale;

/** Why an order was not created, in the order the checks run; nothing is left behind for any of them. */
public enum OrderRejection {
    /** The {@code external_id} names an earlier order with a different request. */
    EXTERNAL_ID_REUSED,
    /** No such SKU (or its product is gone). */
    SKU_NOT_FOUND,
    /** The SKU's stock cannot cover the quantity. */
    OUT_OF_STOCK,
    /** price × quantity does not fit in the ledger's amounts. */
    AMOUNT_OVERFLOW,
    /** The partner holds no balance in the SKU's currency. */
    CURRENCY_MISMATCH,
    /** The reservation would take the balance below its overdraft limit. */
    INSUFFICIENT_FUNDS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
