package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyMaterialTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration MAX = Duration.ofDays(365);

    @Test
    void the_single_string_carries_public_key_secret_and_mode() {
        ApiKeyMaterial material = ApiKeyMaterial.generate(Mode.TEST);
        assertTrue(material.single().startsWith("ak_test_"));
        assertEquals(Optional.of(material), ApiKeyMaterial.parseSingle(material.single()));
        assertNotEquals(material, ApiKeyMaterial.generate(Mode.TEST));
        assertEquals(64, material.secretDigest().length());
        assertTrue(material.toString().contains("****"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ak_live_",
        "ak_prod_0123456789abcdef01234567aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "ak_live_8f3b1c0e5a4d4f2c9b1e7d6c5a4b3c2d", "lpk_0123456789abcdef01234567", "Bearer x"})
    void junk_is_not_a_single_string_key(String text) {
        assertEquals(Optional.empty(), ApiKeyMaterial.parseSingle(text));
    }

    @Test
    void defaults_to_a_day_and_honours_ttl_or_absolute_expiry() {
        assertEquals(new ApiKeyLifetime.Expiry(NOW.plusSeconds(86_400)),
                ApiKeyLifetime.resolve(Optional.empty(), Optional.empty(), NOW, MAX));
        assertEquals(new ApiKeyLifetime.Expiry(NOW.plusSeconds(60)),
                ApiKeyLifetime.resolve(Optional.of(60L), Optional.empty(), NOW, MAX));
        assertEquals(new ApiKeyLifetime.Expiry(NOW.plusSeconds(3600)),
                ApiKeyLifetime.resolve(Optional.empty(), Optional.of(NOW.getEpochSecond() + 3600), NOW, MAX));
    }

    @Test
    void refuses_bad_lifetimes_naming_the_field() {
        assertEquals("ttl_seconds", refusal(Optional.of(0L), Optional.empty()).field());
        assertEquals("ttl_seconds", refusal(Optional.of(-5L), Optional.empty()).field());
        assertEquals("ttl_seconds", refusal(Optional.of(MAX.toSeconds() + 1), Optional.empty()).field());
        assertEquals("expires_at", refusal(Optional.empty(), Optional.of(NOW.getEpochSecond())).field());
        assertEquals("expires_at", refusal(Optional.empty(), Optional.of(NOW.getEpochSecond() + MAX.toSeconds() + 1))
                .field());
        assertEquals("ttl_seconds", refusal(Optional.of(60L), Optional.of(NOW.getEpochSecond() + 60)).field());
    }

    @Test
    void a_short_maximum_caps_the_default() {
        assertEquals(new ApiKeyLifetime.Expiry(NOW.plusSeconds(3600)),
                ApiKeyLifetime.resolve(Optional.empty(), Optional.empty(), NOW, Duration.ofHours(1)));
    }

    private static ApiKeyLifetime.Refused refusal(Optional<Long> ttl, Optional<Long> at) {
        return (ApiKeyLifetime.Refused) ApiKeyLifetime.resolve(ttl, at, NOW, MAX);
    }
}
