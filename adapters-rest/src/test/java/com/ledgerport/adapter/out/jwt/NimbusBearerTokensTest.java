package com.ledgerport.adapter.out.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NimbusBearerTokensTest {

    private final NimbusBearerTokens tokens = new NimbusBearerTokens(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private static com.ledgerport.domain.access.BearerClaims claims(long issuedAt) {
        return NimbusBearerTokensProperties.claims(issuedAt);
    }

    @Test
    void refuses_tokens_signed_with_another_secret() {
        NimbusBearerTokens other = new NimbusBearerTokens("another-secret-of-at-least-32-bytes!".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.read(other.mint(claims(1_800_000_000L))));
    }

    @Test
    void refuses_unsigned_and_garbage_tokens() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String minted = tokens.mint(claims(1_800_000_000L));
        String payload = minted.split("\\.")[1];
        assertEquals(Optional.empty(), tokens.read(header + "." + payload + "."));
        assertEquals(Optional.empty(), tokens.read("not.a.jwt"));
        assertEquals(Optional.empty(), tokens.read(""));
        assertEquals(Optional.empty(), tokens.read(null));
        assertEquals(Optional.empty(), tokens.read("a".repeat(5000)));
    }

    @Test
    void refuses_secrets_shorter_than_256_bits() {
        assertThrows(IllegalArgumentException.class, () -> new NimbusBearerTokens(new byte[31]));
        assertTrue(tokens.mint(claims(1_800_000_000L)).startsWith("eyJ"));
    }
}
