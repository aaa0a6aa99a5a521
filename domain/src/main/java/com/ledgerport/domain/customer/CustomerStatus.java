package com.ledgerport.domain.customer;

import java.util.Locale;

/** Seed 003's user {@code status}; the wallet issue adds the states a wallet can leave "active" for. */
public enum CustomerStatus {
    ACTIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
