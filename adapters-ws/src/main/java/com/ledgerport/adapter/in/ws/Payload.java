package com.ledgerport.adapter.in.ws;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a request's {@code payload}; every refusal names the field. */
final class Payload {

    private final Map<String, Object> fields;
    private final String prefix;

    Payload(Map<String, Object> fields) {
        this(fields, "");
    }

    /** @param prefix the path of a nested object, e.g. {@code metadata.} */
    Payload(Map<String, Object> fields, String prefix) {
        this.fields = fields;
        this.prefix = prefix;
    }

    private RequestError invalid(String name, String message) {
        return RequestError.invalid(prefix + name, message);
    }

    Optional<Object> raw(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    String requiredText(String name, int lengthMax) {
        return optionalText(name, lengthMax).orElseThrow(() -> invalid(name, "is required"));
    }

    Optional<String> optionalText(String name, int lengthMax) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid(name, "must be a string");
        }
        if (text.isBlank()) {
            throw invalid(name, "must not be blank");
        }
        if (text.length() > lengthMax) {
            throw invalid(name, "must be at most " + lengthMax + " characters");
        }
        return Optional.of(text);
    }

    Optional<Long> optionalLong(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return Optional.of(big.longValue());
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return Optional.of(decimal.longValueExact());
            } catch (ArithmeticException notWhole) {
                throw invalid(name, "must be a whole number");
            }
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 0x1p53) {
            return Optional.of(number.longValue());
        }
        throw invalid(name, "must be a whole number");
    }

    /** An id given as a number or as a string. */
    String requiredId(String name, int lengthMax) {
        Object value = fields.get(name);
        if (value instanceof String) {
            return requiredText(name, lengthMax);
        }
        return String.valueOf(optionalLong(name).orElseThrow(() -> invalid(name, "is required")));
    }

    List<String> requiredTexts(String name, int countMax, int lengthMax) {
        Object value = fields.get(name);
        if (value == null) {
            throw invalid(name, "is required");
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(name, "must be an array of strings");
        }
        if (list.isEmpty() || list.size() > countMax) {
            throw invalid(name, "must hold 1 to " + countMax + " entries");
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text) || text.isBlank() || text.length() > lengthMax) {
                throw invalid(name, "must hold non-blank strings of at most " + lengthMax
                        + " characters");
            }
            texts.add(text);
        }
        return texts;
    }
}
