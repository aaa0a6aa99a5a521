package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

    @ParameterizedTest(name = "{0} has {1} minor-unit digits")
    @CsvSource({
        "EUR, 2",
        "USD, 2",
        "GBP, 2",
        "CHF, 2",
        "JPY, 0",
        "KRW, 0",
        "BHD, 3",
        "KWD, 3",
        "TND, 3",
        "CLF, 4",
    })
    void accepts_an_iso_code_with_its_exponent(String code, int exponent) {
        Currency currency = Currency.of(code);

        assertEquals(code, currency.code());
        assertEquals(exponent, currency.exponent());
        assertEquals(java.util.Currency.getInstance(code).getDefaultFractionDigits(), currency.exponent());
    }

    @Test
    void every_jdk_currency_with_a_minor_unit_is_accepted_with_the_jdk_exponent() {
        for (java.util.Currency jdk : java.util.Currency.getAvailableCurrencies()) {
            int digits = jdk.getDefaultFractionDigits();
            String code = jdk.getCurrencyCode();
            if (digits >= 0) {
                assertEquals(new Currency(code, digits), Currency.of(code), code);
            } else {
                assertThrows(InvalidValueException.class, () -> Currency.of(code), code);
            }
        }
    }

    @Test
    void rejects_an_unknown_code() {
        assertThrows(InvalidValueException.class, () -> Currency.of("XYZ"));
        assertThrows(InvalidValueException.class, () -> Currency.of("ABC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XAG", "XPT", "XPD", "XDR", "XXX", "XTS"})
    void rejects_metals_funds_and_test_codes_that_have_no_minor_unit(String code) {
        assertThrows(InvalidValueException.class, () -> Currency.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "Eur", "", "EU", "EURO", " EUR", "EUR ", "E1R", "€"})
    void rejects_anything_but_three_upper_case_letters(String code) {
        assertThrows(InvalidValueException.class, () -> Currency.of(code));
    }

    @Test
    void refuses_a_missing_code() {
        assertThrows(NullPointerException.class, () -> Currency.of(null));
        assertThrows(NullPointerException.class, () -> new Currency(null, 2));
    }

    @Test
    void the_exponent_lies_between_zero_and_the_maximum() {
        assertThrows(InvalidValueException.class, () -> new Currency("EUR", -1));
        assertThrows(InvalidValueException.class, () -> new Currency("EUR", Currency.EXPONENT_MAX + 1));
        assertEquals(Currency.EXPONENT_MAX, new Currency("CLF", Currency.EXPONENT_MAX).exponent());
    }

    @Test
    void prints_as_its_code() {
        assertEquals("EUR", Currency.of("EUR").toString());
    }
}
