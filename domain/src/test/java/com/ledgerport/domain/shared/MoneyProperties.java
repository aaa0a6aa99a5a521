package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

    private static final Currency EUR = Currency.of("EUR");
    private static final Currency USD = Currency.of("USD");
    /** A quarter of the range: any three of these add up without overflow. */
    private static final long QUARTER = Long.MAX_VALUE / 4;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Property
    void plus_and_minus_match_exact_integer_arithmetic_or_refuse(@ForAll long a, @ForAll long b) {
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));

        assertExactOrOverflow(sum, () -> eur(a).plus(eur(b)));
        assertExactOrOverflow(difference, () -> eur(a).minus(eur(b)));
    }

    @Property
    void times_and_negate_match_exact_integer_arithmetic_or_refuse(@ForAll long a, @ForAll long factor) {
        assertExactOrOverflow(BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor)),
                () -> eur(a).times(factor));
        assertExactOrOverflow(BigInteger.valueOf(a).negate(), () -> eur(a).negate());
    }

    @Property
    void minus_undoes_plus(@ForAll @LongRange(min = -QUARTER, max = QUARTER) long a,
            @ForAll @LongRange(min = -QUARTER, max = QUARTER) long b) {
        assertEquals(eur(a), eur(a).plus(eur(b)).minus(eur(b)));
        assertEquals(eur(a), eur(a).minus(eur(b)).plus(eur(b)));
    }

    @Property
    void plus_is_commutative_even_where_it_overflows(@ForAll long a, @ForAll long b) {
        Money ab;
        try {
            ab = eur(a).plus(eur(b));
        } catch (ArithmeticException overflow) {
            assertThrows(ArithmeticException.class, () -> eur(b).plus(eur(a)));
            return;
        }
        assertEquals(ab, eur(b).plus(eur(a)));
    }

    @Property
    void plus_is_associative_within_range(@ForAll @LongRange(min = -QUARTER, max = QUARTER) long a,
            @ForAll @LongRange(min = -QUARTER, max = QUARTER) long b,
            @ForAll @LongRange(min = -QUARTER, max = QUARTER) long c) {
        assertEquals(eur(a).plus(eur(b)).plus(eur(c)), eur(a).plus(eur(b).plus(eur(c))));
    }

    @Property
    void amounts_of_different_currencies_never_mix(@ForAll long a, @ForAll long b) {
        assertThrows(IllegalArgumentException.class, () -> eur(a).plus(Money.ofMinor(b, USD)));
        assertThrows(IllegalArgumentException.class, () -> eur(a).minus(Money.ofMinor(b, USD)));
        assertThrows(IllegalArgumentException.class, () -> eur(a).compareTo(Money.ofMinor(b, USD)));
    }

    @Property
    void compare_to_follows_the_minor_units(@ForAll long a, @ForAll long b) {
        assertEquals(Integer.signum(Long.compare(a, b)), Integer.signum(eur(a).compareTo(eur(b))));
    }

    @Property
    void parsing_the_formatted_text_gives_back_the_amount(@ForAll long minor,
            @ForAll("currencies") Currency currency) {
        Money money = Money.ofMinor(minor, currency);

        assertEquals(money, Money.parse(money.toDecimalString(), currency));
    }

    @Property
    void the_formatted_text_has_exactly_the_currency_exponent_in_fractional_digits(@ForAll long minor,
            @ForAll("currencies") Currency currency) {
        String text = Money.ofMinor(minor, currency).toDecimalString();

        int point = text.indexOf('.');
        int fractionalDigits = point < 0 ? 0 : text.length() - point - 1;
        assertEquals(currency.exponent(), fractionalDigits, text);
    }

    @Property
    void one_fractional_digit_too_many_is_rejected(@ForAll @LongRange(min = 0) long whole,
            @ForAll("currencies") Currency currency, @ForAll @IntRange(min = 1, max = 9) int lastDigit,
            @ForAll long fractionSeed) {
        // Exactly exponent + 1 fractional digits, the last one non-zero, so no trailing zero can excuse them.
        String leading = String.format("%0" + (currency.exponent() + 1) + "d", Math.floorMod(fractionSeed,
                BigInteger.TEN.pow(currency.exponent()).longValueExact()));
        String text = whole + "." + leading.substring(1) + lastDigit;

        assertThrows(InvalidValueException.class, () -> Money.parse(text, currency));
        assertThrows(InvalidValueException.class, () -> Money.parse("-" + text, currency));
    }

    @Property
    void parsing_arbitrary_text_either_succeeds_or_says_why(@ForAll String text,
            @ForAll("currencies") Currency currency) {
        try {
            Money parsed = Money.parse(text, currency);
            assertEquals(parsed, Money.parse(parsed.toDecimalString(), currency));
        } catch (InvalidValueException rejected) {
            // Rejected with the domain's own exception: what the adapters turn into a bad request.
        }
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KRW", "BHD", "KWD", "TND", "CLF").map(Currency::of);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    private static void assertExactOrOverflow(BigInteger exact, Supplier<Money> operation) {
        if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
            assertThrows(ArithmeticException.class, operation::get);
        } else {
            assertEquals(eur(exact.longValueExact()), operation.get());
        }
    }
}
