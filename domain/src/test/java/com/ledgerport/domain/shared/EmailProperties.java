package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EmailProperties {

    private static final String LOCAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._%+-'";

    @Property
    void a_well_formed_address_is_accepted_as_it_is(@ForAll("addresses") String address) {
        assertEquals(address, Email.parse(address).value());
    }

    @Property
    void case_does_not_matter(@ForAll("addresses") String address) {
        assertEquals(Email.parse(address), Email.parse(address.toUpperCase(Locale.ROOT)));
    }

    @Property
    void a_local_part_longer_than_64_characters_is_rejected(
            @ForAll @IntRange(min = Email.LOCAL_LENGTH_MAX + 1, max = 200) int localLength,
            @ForAll("domains") String domain) {
        String address = "a".repeat(localLength) + "@" + domain;

        assertThrows(InvalidValueException.class, () -> Email.parse(address));
    }

    @Property
    void whatever_is_accepted_is_normalised(@ForAll("addresses") String address, @ForAll char inserted,
            @ForAll @IntRange(min = 0, max = 500) int position) {
        int at = position % (address.length() + 1);
        String text = address.substring(0, at) + inserted + address.substring(at);

        acceptedOnlyIfNormalised(text);
    }

    @Property
    void arbitrary_text_is_either_rejected_or_normalised(@ForAll String text) {
        acceptedOnlyIfNormalised(text);
    }

    /** Parsing fails only with InvalidValueException, and an accepted address keeps every promise of Email. */
    private static void acceptedOnlyIfNormalised(String text) {
        Email email;
        try {
            email = Email.parse(text);
        } catch (InvalidValueException rejected) {
            return;
        }
        String value = email.value();
        assertEquals(value.toLowerCase(Locale.ROOT), value);
        assertTrue(value.length() <= Email.LENGTH_MAX, value);
        assertEquals(1, value.chars().filter(c -> c == '@').count(), value);
        assertTrue(value.indexOf('@') <= Email.LOCAL_LENGTH_MAX, value);
        assertTrue(value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c)), value);
        assertEquals(email, Email.parse(value));
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> local = Arbitraries.strings().withChars(LOCAL_CHARS).ofMinLength(1)
                .ofMaxLength(Email.LOCAL_LENGTH_MAX);
        return Combinators.combine(local, domains()).as((l, d) -> l + "@" + d);
    }

    @Provide
    Arbitrary<String> domains() {
        return label().list().ofMinSize(2).ofMaxSize(4).map(labels -> String.join(".", labels));
    }

    /** A DNS label: letters, digits and inner hyphens. */
    private static Arbitrary<String> label() {
        Arbitrary<Character> edge = Arbitraries.chars().range('a', 'z').range('0', '9');
        Arbitrary<String> inner = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('-').ofMaxLength(20);
        Arbitrary<String> longLabel = Combinators.combine(edge, inner, edge).as((first, middle, last) ->
                first + middle + last);
        return Arbitraries.oneOf(edge.map(String::valueOf), longLabel);
    }
}
