package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Require;
import java.util.regex.Pattern;

/** A named attribute a category's products or SKUs carry, e.g. {@code region} for an eSIM's SKUs. */
public record CategoryAttribute(String name, AttributeTarget target) {

    public static final int NAME_LENGTH_MAX = 64;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public CategoryAttribute {
        Require.present(name, "attribute name");
        Require.that(NAME.matcher(name).matches(),
                "attribute names are lower-case letters, digits and underscores, starting with a letter");
        Require.present(target, "attribute target");
    }
}
