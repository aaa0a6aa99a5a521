package com.ledgerport.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(SecretBox.generateKey());

    @Test
    void opens_what_it_sealed_in_the_same_context() {
        String sealed = box.seal("lp_ss_secret", "signing_secret:p:1");

        assertEquals("lp_ss_secret", box.openText(sealed, "signing_secret:p:1"));
    }

    @Test
    void never_stores_the_plaintext_and_uses_a_fresh_nonce_each_time() {
        String first = box.seal("lp_ss_secret", "ctx");
        String second = box.seal("lp_ss_secret", "ctx");

        assertNotEquals(first, second);
        assertTrue(first.startsWith("gcm1:" + box.keyId() + ":"), first);
        assertTrue(!first.contains("lp_ss_secret"), first);
        byte[] joined = Base64.getUrlDecoder().decode(first.substring(first.lastIndexOf(':') + 1));
        assertEquals(SecretBox.NONCE_BYTES + "lp_ss_secret".length() + SecretBox.TAG_BITS / 8, joined.length);
    }

    @Test
    void refuses_to_open_in_another_context() {
        String sealed = box.seal("lp_ss_secret", "signing_secret:partner-a:1");

        IllegalStateException moved = assertThrows(IllegalStateException.class,
                () -> box.open(sealed, "signing_secret:partner-b:1"));
        assertTrue(moved.getMessage().contains("does not authenticate"), moved.getMessage());
    }

    @Test
    void says_when_a_value_was_sealed_under_another_key() {
        String sealed = new SecretBox(SecretBox.generateKey()).seal("x", "ctx");

        IllegalStateException wrongKey = assertThrows(IllegalStateException.class, () -> box.open(sealed, "ctx"));
        assertTrue(wrongKey.getMessage().contains("ledgerport.secrets-key"), wrongKey.getMessage());
    }

    @Test
    void refuses_damaged_values() {
        String sealed = box.seal("lp_ss_secret", "ctx");
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] joined = Base64.getUrlDecoder().decode(sealed.substring(prefix.length()));
        joined[joined.length - 1] ^= 1;
        String flipped = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(joined);

        assertThrows(IllegalStateException.class, () -> box.open(flipped, "ctx"));
        assertThrows(IllegalStateException.class, () -> box.open(prefix + "AAAA", "ctx"));
        assertThrows(IllegalStateException.class, () -> box.open(prefix + "not base64!", "ctx"));
        assertThrows(IllegalStateException.class, () -> box.open("plain text", "ctx"));
        assertThrows(IllegalStateException.class, () -> box.open("gcm2:" + sealed.substring(5), "ctx"));
    }

    @Test
    void needs_a_256_bit_key() {
        assertThrows(InvalidValueException.class, () -> new SecretBox(new byte[16]));
        assertThrows(InvalidValueException.class, () -> new SecretBox(new byte[33]));
    }

    @Test
    void a_copy_of_the_key_opens_the_same_values_and_has_the_same_id() {
        byte[] key = SecretBox.generateKey();
        SecretBox first = new SecretBox(key);
        String sealed = first.seal("v", "ctx");
        SecretBox second = new SecretBox(key.clone());
        key[0] ^= 1;

        assertEquals(first.keyId(), second.keyId());
        assertArrayEquals("v".getBytes(StandardCharsets.UTF_8), second.open(sealed, "ctx"));
    }

    @Test
    void bounds_plaintext_and_context() {
        assertThrows(InvalidValueException.class,
                () -> box.seal(new byte[SecretBox.PLAINTEXT_BYTES_MAX + 1], "ctx"));
        assertThrows(InvalidValueException.class, () -> box.seal("x", ""));
        assertThrows(InvalidValueException.class, () -> box.seal("x", "c".repeat(SecretBox.CONTEXT_LENGTH_MAX + 1)));
    }

    @Test
    void fingerprints_are_keyed_stable_and_purpose_bound() throws Exception {
        String fingerprint = box.fingerprint("voucher_code", "ABCD-1234");

        assertEquals(fingerprint, box.fingerprint("voucher_code", "ABCD-1234"));
        assertEquals(64, fingerprint.length());
        assertNotEquals(fingerprint, box.fingerprint("esim_iccid", "ABCD-1234"));
        assertNotEquals(fingerprint, new SecretBox(SecretBox.generateKey()).fingerprint("voucher_code", "ABCD-1234"));
        // Not a plain digest: whoever knows the code but not the key cannot recompute it.
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("voucher_code:ABCD-1234".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(plain, fingerprint);
    }
}
