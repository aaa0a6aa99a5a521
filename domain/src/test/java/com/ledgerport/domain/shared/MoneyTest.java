package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency EUR = Currency.of("EUR");
    private static final Currency USD = Currency.of("USD");
    private static final Currency JPY = Currency.of("JPY");
    private static final Currency BHD = Currency.of("BHD");
    private static final Currency KWD = Currency.of("KWD");

    @Test
    void adds_and_subtracts_exactly_where_a_double_would_not() {
        Money tenCents = Money.parse("0.10", EUR);
        Money twentyCents = Money.parse("0.20", EUR);

        assertEquals(Money.parse("0.30", EUR), tenCents.plus(twentyCents));
        assertEquals(Money.parse("-0.10", EUR), tenCents.minus(twentyCents));
        assertEquals(Money.ofMinor(300, EUR), tenCents.times(30));
        assertEquals(Money.ofMinor(-10, EUR), tenCents.negate());
    }

    @Test
    void overflow_is_an_arithmetic_exception_never_a_wrapped_balance() {
        Money max = Money.ofMinor(Long.MAX_VALUE, EUR);
        Money min = Money.ofMinor(Long.MIN_VALUE, EUR);
        Money one = Money.ofMinor(1, EUR);

        assertThrows(ArithmeticException.class, () -> max.plus(one));
        assertThrows(ArithmeticException.class, () -> min.minus(one));
        assertThrows(ArithmeticException.class, () -> min.plus(Money.ofMinor(-1, EUR)));
        assertThrows(ArithmeticException.class, () -> max.minus(Money.ofMinor(-1, EUR)));
        assertThrows(ArithmeticException.class, min::negate);
        assertThrows(ArithmeticException.class, () -> max.times(2));
        assertThrows(ArithmeticException.class, () -> min.times(-1));
    }

    @Test
    void the_extremes_themselves_are_fine() {
        assertEquals(Money.ofMinor(Long.MAX_VALUE, EUR), Money.ofMinor(Long.MAX_VALUE - 1, EUR).plus(
                Money.ofMinor(1, EUR)));
        assertEquals(Money.ofMinor(Long.MIN_VALUE, EUR), Money.ofMinor(Long.MIN_VALUE + 1, EUR).minus(
                Money.ofMinor(1, EUR)));
        assertEquals(Money.ofMinor(-Long.MAX_VALUE, EUR), Money.ofMinor(Long.MAX_VALUE, EUR).negate());
    }

    @Test
    void amounts_of_different_currencies_do_not_mix() {
        Money euros = Money.ofMinor(100, EUR);
        Money dollars = Money.ofMinor(100, USD);

        assertThrows(IllegalArgumentException.class, () -> euros.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> euros.minus(dollars));
        assertThrows(IllegalArgumentException.class, () -> euros.compareTo(dollars));
        assertFalse(euros.equals(dollars));
    }

    @Test
    void an_amount_needs_a_currency() {
        assertThrows(NullPointerException.class, () -> Money.ofMinor(1, null));
        assertThrows(NullPointerException.class, () -> Money.parse("1", null));
        assertThrows(NullPointerException.class, () -> Money.parse(null, EUR));
        assertThrows(NullPointerException.class, () -> Money.ofMinor(1, EUR).plus(null));
    }

    @ParameterizedTest(name = "{0} {1} = {2} minor units")
    @CsvSource({
        "1.23, EUR, 123",
        "12.3, EUR, 1230",
        "12, EUR, 1200",
        "-5, EUR, -500",
        "-0.05, EUR, -5",
        "0, EUR, 0",
        "0.00, EUR, 0",
        "1, JPY, 1",
        "1234, JPY, 1234",
        "1.234, BHD, 1234",
        "0.001, KWD, 1",
        "92233720368547758.07, EUR, 9223372036854775807",
        "-92233720368547758.08, EUR, -9223372036854775808",
        "9223372036854775807, JPY, 9223372036854775807",
    })
    void parses_plain_decimals_within_the_currency_exponent(String text, String code, long minor) {
        Currency currency = Currency.of(code);

        assertEquals(Money.ofMinor(minor, currency), Money.parse(text, currency));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "1.234, EUR",
        "0.001, EUR",
        "1.5, JPY",
        "0.1, JPY",
        "1.2345, BHD",
        "0.0001, KWD",
    })
    void rejects_more_fractional_digits_than_the_currency_has(String text, String code) {
        Currency currency = Currency.of(code);

        assertThrows(InvalidValueException.class, () -> Money.parse(text, currency));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "92233720368547758.08, EUR",
        "-92233720368547758.09, EUR",
        "9223372036854775808, JPY",
        "99999999999999999999999999999999999999, EUR",
    })
    void rejects_amounts_beyond_the_range_of_minor_units(String text, String code) {
        Currency currency = Currency.of(code);

        assertThrows(InvalidValueException.class, () -> Money.parse(text, currency));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1e5", "1E5", "+1", " 1", "1 ", "01", "-01", "00", "1.", ".5", "-.5", "-", "--1",
        "1,5", "1.2.3", "0x10", "NaN", "Infinity", "١", "１", "1_000"})
    void rejects_anything_but_a_plain_decimal(String text) {
        assertThrows(InvalidValueException.class, () -> Money.parse(text, EUR));
    }

    @Test
    void rejects_overly_long_text_before_looking_at_it() {
        String longest = "1" + "0".repeat(Money.DECIMAL_LENGTH_MAX - 1);
        String tooLong = "1" + "0".repeat(Money.DECIMAL_LENGTH_MAX);

        assertEquals("amount is too large",
                assertThrows(InvalidValueException.class, () -> Money.parse(longest, EUR)).getMessage());
        assertEquals("amount is too long",
                assertThrows(InvalidValueException.class, () -> Money.parse(tooLong, EUR)).getMessage());
        assertThrows(InvalidValueException.class, () -> Money.parse("1".repeat(10_000), EUR));
    }

    @ParameterizedTest(name = "{0} minor {1} = \"{2}\"")
    @CsvSource({
        "0, EUR, 0.00",
        "5, EUR, 0.05",
        "-5, EUR, -0.05",
        "1230, EUR, 12.30",
        "-123456, EUR, -1234.56",
        "1234, JPY, 1234",
        "-1, JPY, -1",
        "1, BHD, 0.001",
        "1, CLF, 0.0001",
        "9223372036854775807, EUR, 92233720368547758.07",
        "-9223372036854775808, KWD, -9223372036854775.808",
    })
    void formats_with_exactly_the_currency_exponent(long minor, String code, String text) {
        assertEquals(text, Money.ofMinor(minor, Currency.of(code)).toDecimalString());
    }

    @Test
    void prints_the_amount_and_the_code() {
        assertEquals("12.30 EUR", Money.ofMinor(1230, EUR).toString());
    }

    @Test
    void converts_an_exact_big_decimal_and_refuses_to_round() {
        assertEquals(Money.ofMinor(100, JPY), Money.ofDecimal(new BigDecimal("1E+2"), JPY));
        assertEquals(Money.ofMinor(150, EUR), Money.ofDecimal(new BigDecimal("1.5"), EUR));
        assertEquals(new BigDecimal("1.50"), Money.ofMinor(150, EUR).toDecimal());
        assertThrows(InvalidValueException.class, () -> Money.ofDecimal(new BigDecimal("1.005"), EUR));
        assertThrows(InvalidValueException.class, () -> Money.ofDecimal(new BigDecimal("1E-1"), JPY));
    }

    @Test
    void tells_its_sign() {
        assertTrue(Money.ofMinor(1, EUR).isPositive());
        assertTrue(Money.ofMinor(-1, EUR).isNegative());
        assertTrue(Money.zero(EUR).isZero());
        assertFalse(Money.zero(EUR).isPositive());
        assertFalse(Money.zero(EUR).isNegative());
    }

    @Test
    void orders_by_amount_within_a_currency() {
        assertTrue(Money.ofMinor(-1, EUR).compareTo(Money.ofMinor(1, EUR)) < 0);
        assertTrue(Money.ofMinor(Long.MAX_VALUE, EUR).compareTo(Money.ofMinor(Long.MIN_VALUE, EUR)) > 0);
        assertEquals(0, Money.ofMinor(7, EUR).compareTo(Money.parse("0.07", EUR)));
    }

    @ParameterizedTest
    @CsvSource({"1.230, EUR", "1.0, JPY", "1.000, JPY", "0.1000, BHD"})
    void refuses_more_fractional_digits_than_the_currency_has_even_when_they_are_zeros(String text, String code) {
        assertThrows(InvalidValueException.class, () -> Money.parse(text, Currency.of(code)));
        assertThrows(InvalidValueException.class, () -> Money.ofDecimal(new BigDecimal(text), Currency.of(code)));
    }

    @Test
    void accepts_integral_decimals_with_a_negative_scale() {
        assertEquals(Money.ofMinor(100_000, EUR), Money.ofDecimal(new BigDecimal("1E+3"), EUR));
    }
}
