package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seed 003's own rate-limit answer: 429 with Retry-After and {@code rate_limit_exceeded} + {@code retry_after}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletRateLimitIT extends ServerTestSupport {

    private static final int LIMIT = 3;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.rate-limits.wallet", Integer.toString(LIMIT));
    }

    @Test
    void answers_the_fourth_authentic_call_of_a_minute_with_rate_limit_exceeded() throws Exception {
        String partnerId = createPartner("Wallet Rate Co", "USD");
        Response generated = operator("POST", "/api/v1/keys/generate", "{\"service_provider\":\"" + partnerId + "\"}");
        @SuppressWarnings("unchecked")
        byte[] privateKey = Base64.getDecoder().decode((String) ((Map<String, Object>) generated.json().get("data"))
                .get("private_key"));
        operator("POST", "/admin/v1/partners/" + partnerId + "/customers",
                "{\"user_id\":\"user_1\",\"fullname\":\"Mohamed Ahmed\"}");
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(200, userInfo(partnerId, privateKey).status());
        }
        Response limited = userInfo(partnerId, privateKey);
        assertEquals(429, limited.status(), limited.body());
        Map<String, Object> body = limited.json();
        assertEquals("error", body.get("status"));
        assertEquals("rate_limit_exceeded", body.get("code"));
        String retryAfter = limited.header("Retry-After").orElseThrow();
        assertTrue(Long.parseLong(retryAfter) >= 1);
        assertEquals(retryAfter, body.get("retry_after"));
    }

    private Response userInfo(String partnerId, byte[] privateKey) throws Exception {
        String uuid = UuidV7.next().toString();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("user_id", "user_1");
        request.put("service_provider", partnerId);
        request.put("uuid", uuid);
        request.put("signed_uuid", SignedUuid.sign(privateKey, uuid));
        request.put("timestamp", clock.instant().toString());
        return call("POST", "/api/v1/user", jsonMapper.writeValueAsString(request), "Content-Type",
                "application/json");
    }
}
