package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void parsing_trims_and_lower_cases_so_sign_in_is_case_insensitive() {
        assertEquals(new Email("ada@example.com"), Email.parse("  Ada@Example.COM \t"));
        assertEquals("ada@example.com", Email.parse("ADA@EXAMPLE.COM").toString());
    }

    @Test
    void the_constructor_takes_only_normalised_addresses() {
        assertThrows(InvalidValueException.class, () -> new Email("Ada@example.com"));
        assertThrows(InvalidValueException.class, () -> new Email(" ada@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a@b.co",
        "ada@example.com",
        "first.last+tag@mail.example.org",
        "o'brien@example.ie",
        "x@my-host.example",
        "123@456.789",
        "ü@example.com",
    })
    void accepts_ordinary_addresses(String address) {
        assertEquals(address, Email.parse(address).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "plain",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@@example.com",
        "ada@bob@example.com",
        "ada lovelace@example.com",
        "ada@exa mple.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada@example..com",
        "ada@.example.com",
        "ada@example.com.",
        "ada@exa_mple.com",
        "ada@exämple.com",
    })
    void rejects_what_does_not_look_like_an_address(String text) {
        assertThrows(InvalidValueException.class, () -> Email.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ada\u00a0lovelace@example.com",
        "ada\u2003lovelace@example.com",
        "ada\u2028lovelace@example.com",
        "ada\u0000@example.com",
        "ada\u001b[31m@example.com",
        "ada\u0085@example.com",
    })
    void rejects_unicode_spaces_and_control_characters_in_the_local_part(String text) {
        // "No spaces" holds for every kind of space; a NUL would also be refused by PostgreSQL text columns.
        assertThrows(InvalidValueException.class, () -> Email.parse(text));
    }

    @Test
    void refuses_nothing_at_all() {
        assertThrows(NullPointerException.class, () -> Email.parse(null));
        assertThrows(NullPointerException.class, () -> new Email(null));
    }

    @Test
    void the_local_part_may_be_64_characters_but_not_65() {
        String local64 = "a".repeat(Email.LOCAL_LENGTH_MAX);

        assertEquals(local64 + "@example.com", Email.parse(local64 + "@example.com").value());
        assertThrows(InvalidValueException.class, () -> Email.parse(local64 + "a@example.com"));
    }

    @Test
    void the_address_may_be_254_characters_but_not_255() {
        String address254 = addressOfLength(Email.LENGTH_MAX);

        assertEquals(Email.LENGTH_MAX, address254.length());
        assertEquals(address254, Email.parse(address254).value());
        assertThrows(InvalidValueException.class, () -> Email.parse(addressOfLength(Email.LENGTH_MAX + 1)));
    }

    @Test
    void the_length_limit_applies_after_trimming() {
        String address254 = addressOfLength(Email.LENGTH_MAX);

        assertEquals(address254, Email.parse("  " + address254 + "  ").value());
    }

    /** A 64-character local part and a domain of 63-character labels, cut to the requested length. */
    static String addressOfLength(int length) {
        String local = "l".repeat(Email.LOCAL_LENGTH_MAX);
        StringBuilder domain = new StringBuilder();
        while (local.length() + 1 + domain.length() < length) {
            if (!domain.isEmpty()) {
                domain.append('.');
            }
            domain.append("d".repeat(63));
        }
        String address = local + "@" + domain;
        String cut = address.substring(0, length);
        // The last label must not end with a dot.
        return cut.endsWith(".") ? cut.substring(0, length - 2) + "dd" : cut;
    }
}
