package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestSignatureTest {

    private static final byte[] KEY = "lp_ss_test-secret".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEED_BODY = ("{\"external_id\":\"ORD-12345\",\"item\":{\"sku_id\":"
            + "\"019bc0dd-8562-7173-afd9-a5cc534fafb7\",\"quantity\":1}}").getBytes(StandardCharsets.UTF_8);
    /** Python: hmac.new(b"lp_ss_test-secret", b"1768478058." + body, hashlib.sha256).hexdigest() */
    private static final String KNOWN = "5012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f";

    @Test
    void signs_the_seed_example_as_the_seeds_python_recipe_does() {
        assertEquals(KNOWN, RequestSignature.sign(KEY, "1768478058", SEED_BODY));
        assertTrue(RequestSignature.matches(KEY, "1768478058", SEED_BODY, KNOWN));
    }

    @Test
    void threads_signing_with_different_keys_at_once_each_get_their_own_key_s_signature() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte[] own = ("lp_ss_thread-" + t).getBytes(StandardCharsets.UTF_8);
                byte[] other = ("lp_ss_other-" + t).getBytes(StandardCharsets.UTF_8);
                String signature = RequestSignature.sign(own, "1768478058", SEED_BODY);
                outcomes.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!RequestSignature.matches(own, "1768478058", SEED_BODY, signature)
                                || RequestSignature.matches(other, "1768478058", SEED_BODY, signature)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> outcome : outcomes) {
                assertTrue(outcome.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_payload_is_timestamp_dot_body() {
        assertArrayEquals("17.{}".getBytes(StandardCharsets.UTF_8),
                RequestSignature.payload("17", "{}".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("17.".getBytes(StandardCharsets.UTF_8), RequestSignature.payload("17", new byte[0]));
    }

    @Test
    void upper_case_hex_is_the_same_signature() {
        assertTrue(RequestSignature.matches(KEY, "1768478058", SEED_BODY, KNOWN.toUpperCase(Locale.ROOT)));
        assertEquals(Optional.of(KNOWN), RequestSignature.normaliseSignature(KNOWN.toUpperCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "zz12125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f",
        "5012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f0",
        " 5012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f",
        "sha256=5012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f",
        "٥012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36f",
        "5012125fe4df4c04015a63593cb460458e2ba155404fe5f06502301cd6a6a36ｆ"})
    void a_malformed_signature_never_matches(String presented) {
        assertFalse(RequestSignature.matches(KEY, "1768478058", SEED_BODY, presented));
        assertEquals(Optional.empty(), RequestSignature.normaliseSignature(presented));
    }

    @Test
    void a_missing_signature_never_matches() {
        assertFalse(RequestSignature.matches(KEY, "1768478058", SEED_BODY, null));
    }

    @Test
    void reads_x_timestamp_as_unix_seconds_only() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1768478058)), RequestSignature.parseTimestamp("1768478058"));
        assertEquals(Optional.of(Instant.EPOCH), RequestSignature.parseTimestamp("0"));
        for (String bad : new String[] {"", " 1768478058", "1768478058 ", "-5", "+5", "1.5", "1768478058000",
            "2026-01-15T12:00:00Z", "١٢٣", null}) {
            assertEquals(Optional.empty(), RequestSignature.parseTimestamp(bad), String.valueOf(bad));
        }
    }
}
