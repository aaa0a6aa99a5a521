package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's data as a tree of plain values — strings, booleans, longs, exact decimals, lists and maps with
 * string keys, and nulls — so that every adapter can write it as JSON without the domain knowing JSON.
 * Money travels as decimal strings (never as binary floating point).
 */
public record EventPayload(Map<String, Object> fields) {

    public static final int DEPTH_MAX = 8;

    public EventPayload {
        Require.present(fields, "payload");
        check(fields, 0);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static EventPayload of(Map<String, Object> fields) {
        return new EventPayload(fields);
    }

    private static void check(Object value, int depth) {
        Require.that(depth <= DEPTH_MAX, "payload nests too deep");
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof BigDecimal) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Require.that(entry.getKey() instanceof String, "payload keys must be strings");
                check(entry.getValue(), depth + 1);
            }
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> check(item, depth + 1));
            return;
        }
        throw new InvalidValueException("payload values must be plain: " + value.getClass().getSimpleName());
    }
}
