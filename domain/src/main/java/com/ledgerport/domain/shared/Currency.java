package com.ledgerport.domain.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An ISO 4217 currency with its exponent (number of minor-unit digits).
 *
 * <p>Only currencies the JDK knows with a non-negative default exponent are accepted: funds and metals
 * codes such as {@code XAU} have no minor unit and cannot carry money here.
 */
public record Currency(String code, int exponent) {

    public static final int EXPONENT_MAX = 4;
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    /** Codes already parsed (only valid ISO 4217 codes get here, so at most a few hundred): read on every row. */
    private static final Map<String, Currency> KNOWN = new ConcurrentHashMap<>();

    public Currency {
        Require.present(code, "currency");
        Require.that(CODE.matcher(code).matches(), "currency must be three upper-case letters (ISO 4217)");
        Require.that(exponent >= 0, "currency exponent must not be negative");
        Require.that(exponent <= EXPONENT_MAX, "currency exponent must be at most " + EXPONENT_MAX);
    }

    /** Parses an ISO 4217 code; unknown codes are rejected. */
    public static Currency of(String code) {
        Require.present(code, "currency");
        Currency known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        Currency parsed = parse(code);
        KNOWN.putIfAbsent(code, parsed);
        return parsed;
    }

    private static Currency parse(String code) {
        Require.that(CODE.matcher(code).matches(), "currency must be three upper-case letters (ISO 4217)");
        java.util.Currency jdk;
        try {
            jdk = java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("currency '" + code + "' is not an ISO 4217 currency");
        }
        int digits = jdk.getDefaultFractionDigits();
        Require.that(digits >= 0, "currency '" + code + "' has no minor unit and cannot hold money");
        return new Currency(code, digits);
    }

    @Override
    public String toString() {
        return code;
    }
}
