package com.ledgerport.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact amount of one currency, held as a signed count of minor units.
 *
 * <p>All arithmetic is checked: an overflow is an {@link ArithmeticException} (a broken invariant), never a
 * silently wrapped balance. Decimal text is accepted and produced only at the edges through
 * {@link #parse(String, Currency)} and {@link #toDecimalString()}.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    /** Longest decimal text accepted, to keep parsing bounded. */
    public static final int DECIMAL_LENGTH_MAX = 40;

    public Money {
        Require.present(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    /**
     * Parses a decimal amount such as {@code "12.30"} or {@code "-5"}. More fractional digits than the currency
     * allows, exponents, and amounts beyond the range of {@code long} minor units are rejected.
     */
    public static Money parse(String decimal, Currency currency) {
        Require.present(decimal, "amount");
        Require.present(currency, "currency");
        Require.that(!decimal.isEmpty(), "amount must not be empty");
        Require.that(decimal.length() <= DECIMAL_LENGTH_MAX, "amount is too long");
        Require.that(decimal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?"), "amount must be a plain decimal number");
        BigDecimal value = new BigDecimal(decimal);
        return ofDecimal(value, currency);
    }

    /**
     * Converts an exact decimal. It may carry at most the currency's number of fractional digits, as written:
     * {@code 1.230} is refused for EUR even though it equals {@code 1.23}, because a third digit usually means
     * a mistake (or a thousands separator) rather than a zero.
     */
    public static Money ofDecimal(BigDecimal value, Currency currency) {
        Require.present(value, "amount");
        Require.that(value.scale() <= currency.exponent(),
                "amount has more than " + currency.exponent() + " decimal places for " + currency.code());
        BigInteger minor = value.movePointRight(currency.exponent()).toBigIntegerExact();
        Require.that(minor.bitLength() < Long.SIZE, "amount is too large");
        return new Money(minor.longValueExact(), currency);
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.exponent());
    }

    /** Plain decimal text with exactly the currency's number of fractional digits, e.g. {@code "12.30"}. */
    public String toDecimalString() {
        return toDecimal().toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        Require.present(other, "other amount");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + currency.code();
    }
}
