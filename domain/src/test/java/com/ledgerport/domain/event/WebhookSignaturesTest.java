package com.ledgerport.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known answers computed outside the code under test ({@code openssl dgst -sha256 -hmac}). */
class WebhookSignaturesTest {

    static final byte[] SECRET = "lp_ss_test-secret".getBytes(StandardCharsets.UTF_8);
    static final byte[] OLD = "lp_ss_old-secret".getBytes(StandardCharsets.UTF_8);
    static final byte[] BODY = "{\"event\":\"order.status_changed\"}".getBytes(StandardCharsets.UTF_8);

    static Map<String, String> headers(List<String[]> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach(pair -> map.put(pair[0], pair[1]));
        return map;
    }

    @Test
    void signs_timestamp_dot_body_in_hex_and_id_dot_timestamp_dot_body_in_base64() {
        Map<String, String> headers = headers(WebhookSignatures.headers(List.of(SECRET), "msg_1", 1768481903L, BODY));
        assertEquals("1768481903", headers.get("X-Timestamp"));
        assertEquals(KNOWN_HEX, headers.get("X-Signature"));
        assertEquals("msg_1", headers.get("webhook-id"));
        assertEquals("1768481903", headers.get("webhook-timestamp"));
        assertEquals("v1," + KNOWN_STANDARD, headers.get("webhook-signature"));
        assertEquals(null, headers.get("X-Signature-Previous"));
    }

    @Test
    void during_a_rotation_signs_with_both_secrets_newest_first() {
        Map<String, String> headers = headers(WebhookSignatures.headers(List.of(SECRET, OLD), "msg_1", 1768481903L,
                BODY));
        assertEquals(KNOWN_HEX, headers.get("X-Signature"));
        assertEquals(KNOWN_OLD_HEX, headers.get("X-Signature-Previous"));
        assertEquals(2, headers.get("webhook-signature").split(" ").length);
        assertEquals("v1," + KNOWN_STANDARD, headers.get("webhook-signature").split(" ")[0]);
    }

    static final String KNOWN_HEX = "9012e0976f9b3a3c054d1d566f3c692c3b23b67f38694d074f203caf97f5d6fd";
    static final String KNOWN_OLD_HEX = "2853ae9b6250ca60cc62666e15fdc334b5a5543232db4e8cbf847ba6f01111af";
    static final String KNOWN_STANDARD = "79Dn5DF2iAMWDm1sX2tC7MrtLMuGMyuh7FnLEyp5/j0=";
}
