package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.Locale;

/** Seed 002's product types. Vouchers and eSIMs are delivered from uploaded stock items. */
public enum ProductType {
    VOUCHER,
    RECHARGE_FIXED,
    RECHARGE,
    VOUCHER_OPEN_RANGE,
    ESIM,
    OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether each unit sold is one uploaded item (a code, an eSIM profile) rather than a quota. */
    public boolean deliversItems() {
        return this == VOUCHER || this == VOUCHER_OPEN_RANGE || this == ESIM;
    }

    public static ProductType parse(String text) {
        for (ProductType type : values()) {
            if (type.wireName().equals(text)) {
                return type;
            }
        }
        throw new InvalidValueException(
                "type must be one of voucher, recharge_fixed, recharge, voucher_open_range, esim, other");
    }
}
