package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignedUuidTest {

    private static final RsaKeyPairs.Generated PAIR = RsaKeyPairs.generate();
    private static final String UUID_TEXT = "0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7d";

    @Test
    void verifies_the_signature_of_the_uuid_text_as_sent() {
        String signed = SignedUuid.sign(PAIR.privateKeyPkcs8(), UUID_TEXT);

        assertTrue(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT, signed));
        assertEquals(344, signed.length(), "base64 of 256 bytes");
        // The same UUID in capitals is other text: the client signs what it sends.
        assertFalse(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT.toUpperCase(), signed));
    }

    @Test
    void accepts_the_url_safe_alphabet_and_missing_padding() {
        String signed = SignedUuid.sign(PAIR.privateKeyPkcs8(), UUID_TEXT);
        byte[] raw = Base64.getDecoder().decode(signed);

        assertTrue(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT,
                Base64.getUrlEncoder().withoutPadding().encodeToString(raw)));
        assertTrue(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT,
                Base64.getEncoder().withoutPadding().encodeToString(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 at all!", "AAAA", "c2lnbmVk"})
    void a_malformed_or_short_signature_never_verifies(String signed) {
        assertFalse(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT, signed));
    }

    @Test
    void an_overlong_or_missing_signature_never_verifies() {
        assertFalse(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT, "A".repeat(SignedUuid.SIGNED_LENGTH_MAX + 4)));
        assertFalse(SignedUuid.verifies(PAIR.publicKey(), UUID_TEXT, null));
    }

    @Test
    void reads_a_uuid_of_any_version_in_either_case() {
        assertEquals(UUID.fromString(UUID_TEXT), SignedUuid.parseUuid(UUID_TEXT.toUpperCase()));
        assertEquals(UUID.fromString("6f1c1b6e-3c5a-4a4f-9b0e-2b7f0c9d1e2a"),
                SignedUuid.parseUuid("6f1c1b6e-3c5a-4a4f-9b0e-2b7f0c9d1e2a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uuid_001", "", "0190b3c25e4f7a1b9c3d2e1f0a9b8c7d",
        "{0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7d}", "0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7",
        "0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7g", " 0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7d"})
    void refuses_text_that_is_not_a_uuid(String text) {
        assertThrows(InvalidValueException.class, () -> SignedUuid.parseUuid(text));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-24T12:05:00Z,          2024-05-24T12:05:00Z",
        "2024-05-24T12:05:00.123Z,      2024-05-24T12:05:00.123Z",
        "2024-05-24T14:05:00+02:00,     2024-05-24T12:05:00Z",
        "2024-05-24t12:05:00z,          2024-05-24T12:05:00Z",
        "1716552300,                    2024-05-24T12:05:00Z",
        "0,                             1970-01-01T00:00:00Z"})
    void reads_iso_8601_with_an_offset_or_unix_seconds(String text, Instant expected) {
        assertEquals(expected, SignedUuid.parseTimestamp(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1716552300000", "2024-05-24T12:05:00", "2024-05-24", "yesterday", "", "-1716552300",
        "1716552300.5", "2024-05-24 12:05:00Z"})
    void refuses_timestamps_that_would_be_misread(String text) {
        assertThrows(InvalidValueException.class, () -> SignedUuid.parseTimestamp(text));
    }
}
