package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void the_digest_is_the_hex_sha256_of_the_utf8_bytes() {
        // Known answer: SHA-256("abc") from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.digest("abc"));
    }

    @Test
    void the_digest_is_64_lower_case_hex_characters_and_stable() {
        String secret = SecretToken.generate("lp_rt_");

        String digest = SecretToken.digest(secret);

        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        assertEquals(digest, SecretToken.digest(secret));
        assertNotEquals(digest, SecretToken.digest(secret + "x"));
    }

    @Test
    void the_digest_of_nothing_is_refused() {
        assertThrows(NullPointerException.class, () -> SecretToken.digest(null));
    }

    @Test
    void same_digest_is_true_only_for_equal_digests() {
        String digest = SecretToken.digest("one secret");

        assertTrue(SecretToken.sameDigest(digest, SecretToken.digest("one secret")));
        assertFalse(SecretToken.sameDigest(digest, SecretToken.digest("another secret")));
        assertFalse(SecretToken.sameDigest(digest, digest.substring(1)));
        assertFalse(SecretToken.sameDigest(digest, digest.toUpperCase()));
        assertFalse(SecretToken.sameDigest(digest, ""));
    }

    @Test
    void same_digest_is_false_when_either_side_is_missing() {
        assertFalse(SecretToken.sameDigest(null, "ab"));
        assertFalse(SecretToken.sameDigest("ab", null));
        assertFalse(SecretToken.sameDigest(null, null));
    }

    @Test
    void same_digest_tells_apart_texts_that_differ_only_outside_ascii() {
        assertFalse(SecretToken.sameDigest("caf\u00e9", "caf\u00fc"));
        assertFalse(SecretToken.sameDigest("\u20ac", "?"));
    }

    @Test
    void a_generated_secret_is_the_prefix_and_43_url_safe_characters() {
        String secret = SecretToken.generate("lp_rt_");

        assertTrue(secret.startsWith("lp_rt_"), secret);
        String random = secret.substring("lp_rt_".length());
        // 32 random bytes are 43 unpadded Base64url characters.
        assertTrue(random.matches("[A-Za-z0-9_-]{43}"), random);
    }

    @Test
    void generated_secrets_differ() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            secrets.add(SecretToken.generate("lp_"));
        }
        assertEquals(1_000, secrets.size());
    }
}
