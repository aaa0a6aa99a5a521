package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The seed-001 APIs a partner may use. A tenant without a surface gets 403 there even with a valid key; a
 * partner with no explicit setting has them all.
 */
public enum PartnerSurface {
    RESELLER,
    STOREFRONT,
    PAYMENT,
    SUPPLIER;

    public static final Set<PartnerSurface> ALL = Set.copyOf(EnumSet.allOf(PartnerSurface.class));

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartnerSurface parse(String text) {
        for (PartnerSurface surface : values()) {
            if (surface.wireName().equals(text)) {
                return surface;
            }
        }
        throw new InvalidValueException(
                "unknown surface '" + text + "'; known: reseller, storefront, payment, supplier");
    }
}
