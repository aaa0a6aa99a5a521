package com.ledgerport.domain.partner;

/** A suspended partner's members and credentials stop working until it is activated again. */
public enum PartnerStatus {
    ACTIVE,
    SUSPENDED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
