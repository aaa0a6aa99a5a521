package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Attribute values of a product or SKU: each name must be one its category declares for that target. */
public final class Attributes {

    public static final int VALUE_LENGTH_MAX = 500;

    private Attributes() {
    }

    public static Map<String, String> check(Map<String, String> values, Category category, AttributeTarget target) {
        Require.present(values, "attributes");
        TreeMap<String, String> checked = new TreeMap<>();
        values.forEach((name, value) -> {
            CategoryAttribute attribute = category.attribute(name).orElseThrow(() -> new InvalidValueException(
                    "category '" + category.name() + "' has no attribute '" + name + "'"));
            if (attribute.target() != target) {
                throw new InvalidValueException("attribute '" + name + "' belongs to "
                        + attribute.target().wireName() + "s, not " + target.wireName() + "s");
            }
            checked.put(name, Require.text(value, "attribute " + name, VALUE_LENGTH_MAX));
        });
        return Collections.unmodifiableMap(checked);
    }
}
