package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    // The minimum cost keeps the suite fast; the encoding and the checks do not depend on it.
    private static final int ITERATIONS = PasswordHasher.ITERATIONS_MIN;
    private final PasswordHasher hasher = new PasswordHasher(ITERATIONS);

    @Test
    void a_hashed_password_matches_itself() {
        PasswordHash hash = hasher.hash(Password.choose("correct horse battery"));

        assertTrue(hasher.matches(Password.presented("correct horse battery"), hash));
    }

    @Test
    void a_wrong_password_does_not_match() {
        PasswordHash hash = hasher.hash(Password.choose("correct horse battery"));

        assertFalse(hasher.matches(Password.presented("correct horse battery "), hash));
        assertFalse(hasher.matches(Password.presented("Correct horse battery"), hash));
        assertFalse(hasher.matches(Password.presented(""), hash));
    }

    @Test
    void two_hashes_of_one_password_differ_because_each_has_its_own_salt() {
        PasswordHash first = hasher.hash(Password.choose("correct horse battery"));
        PasswordHash second = hasher.hash(Password.choose("correct horse battery"));

        assertNotEquals(first, second);
        assertTrue(hasher.matches(Password.presented("correct horse battery"), first));
        assertTrue(hasher.matches(Password.presented("correct horse battery"), second));
    }

    @Test
    void the_encoded_hash_names_the_algorithm_and_the_iterations() {
        String encoded = hasher.hash(Password.choose("correct horse battery")).encoded();

        assertTrue(encoded.startsWith("pbkdf2-sha256$" + ITERATIONS + "$"), encoded);
        assertTrue(encoded.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), encoded);
    }

    @Test
    void a_hash_made_with_other_iterations_still_verifies() {
        // The cost travels in the encoded hash, so raising it later keeps existing hashes verifiable.
        PasswordHash older = new PasswordHasher(ITERATIONS + 1).hash(Password.choose("correct horse battery"));

        assertTrue(hasher.matches(Password.presented("correct horse battery"), older));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$",
        "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0",
        "pbkdf2-sha256$999$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0",
        "pbkdf2-sha256$10000001$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0",
        "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0",
        "pbkdf2-sha256$1000$not*base64$ZGlnZXN0",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$not*base64",
        "pbkdf2-sha256$1000$$ZGlnZXN0",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0$extra",
        "$$$",
    })
    void a_malformed_stored_hash_never_matches_and_never_throws(String encoded) {
        PasswordHash malformed = new PasswordHash(encoded);

        assertFalse(assertDoesNotThrow(() -> hasher.matches(Password.presented("correct horse battery"), malformed)));
    }

    @Test
    void a_stored_hash_with_a_truncated_digest_does_not_match() {
        String encoded = hasher.hash(Password.choose("correct horse battery")).encoded();
        PasswordHash truncated = new PasswordHash(encoded.substring(0, encoded.length() - 4));

        assertFalse(hasher.matches(Password.presented("correct horse battery"), truncated));
    }

    @Test
    void matching_nothing_spends_the_time_without_failing() {
        assertDoesNotThrow(() -> hasher.matchNothing(Password.presented("anything at all")));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1, PasswordHasher.ITERATIONS_MIN - 1,
        PasswordHasher.ITERATIONS_MAX + 1, Integer.MAX_VALUE})
    void iterations_outside_the_allowed_range_are_rejected(int iterations) {
        assertThrows(InvalidValueException.class, () -> new PasswordHasher(iterations));
    }

    @Test
    void a_chosen_password_must_be_long_enough_and_not_too_long() {
        assertThrows(InvalidValueException.class, () -> Password.choose("short"));
        assertThrows(InvalidValueException.class, () -> Password.choose(" ".repeat(Password.LENGTH_MIN)));
        assertThrows(InvalidValueException.class, () -> Password.choose("x".repeat(Password.LENGTH_MAX + 1)));
        assertDoesNotThrow(() -> Password.choose("x".repeat(Password.LENGTH_MIN)));
        assertDoesNotThrow(() -> Password.choose("x".repeat(Password.LENGTH_MAX)));
    }

    @Test
    void a_password_never_prints_itself() {
        assertFalse(Password.presented("correct horse battery").toString().contains("horse"));
        assertFalse(hasher.hash(Password.choose("correct horse battery")).toString().contains("pbkdf2"));
    }
}
