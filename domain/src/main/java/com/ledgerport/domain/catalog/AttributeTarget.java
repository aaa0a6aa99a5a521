package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.Locale;

/** Whether a category attribute describes a product or each of its SKUs (seed 002's {@code target}). */
public enum AttributeTarget {
    PRODUCT,
    SKU;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeTarget parse(String text) {
        for (AttributeTarget target : values()) {
            if (target.wireName().equals(text)) {
                return target;
            }
        }
        throw new InvalidValueException("target must be product or sku");
    }
}
