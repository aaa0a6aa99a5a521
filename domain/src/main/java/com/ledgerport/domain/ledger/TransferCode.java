package com.ledgerport.domain.ledger;

import java.util.Locale;

/**
 * Why money moved (TigerBeetle's {@code code}); it is the {@code type} of each row in a balance history.
 * Other contexts add their own values (orders, top-ups, cash-outs) as they arrive.
 */
public enum TransferCode {
    /** A movement between accounts with no more specific purpose. */
    TRANSFER,
    /** The operator funds a partner's balance. */
    FUNDING,
    /** A posted transfer moved back. */
    REVERSAL,
    /** A partner pays for an order: reserved when the order is placed, posted or released when it finishes. */
    ORDER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
