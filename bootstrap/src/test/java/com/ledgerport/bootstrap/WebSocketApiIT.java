package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.EventType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /ws} as seed 000 shows it, over the JDK's WebSocket client: the {@code s2s} login sample verbatim,
 * logins with a session or a seed 004 access token, key management, balances, and each refusal.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketApiIT extends WebSocketSupport {

    private static final int AUTH_FAILED_CLOSE = 4002;

    /** Seed 000's request, character for character, with the key's two values put in. */
    private static final String SEED_SAMPLE = """
            {
              "type": "auth.login",
              "requestId": "s2s-auth-1",
              "payload": {
                "authType": "s2s",
                "token": "<public_key>",
                "metadata": {
                  "secret": "<secret>",
                  "app": "anystore",
                  "storeId": "<optional>"
                }
              }
            }""";

    @Test
    void answers_seed_000s_s2s_login_sample_with_seed_000s_auth_success_exactly() throws Exception {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        try (TestSocket socket = connect()) {
            socket.send(SEED_SAMPLE.replace("<public_key>", key.username()).replace("<secret>", key.secret()));
            assertEquals(Map.of(
                    "type", "auth.success",
                    "requestId", "s2s-auth-1",
                    "payload", Map.of(
                            "identityId", "account-" + tenant.partnerId(),
                            "role", "account",
                            "context", Map.of("accountId", tenant.partnerId()))), socket.next(),
                    "no storeId: Ledgerport has no stores, so none exists to attach");

            Map<String, Object> account = ask(socket, "account.get", "{}", true);
            assertEquals(tenant.partnerId(), account.get("id"));
            assertEquals("active", account.get("status"));
            assertFalse(account.containsKey("member"), "an API key is no member");
        }
    }

    @Test
    void logs_in_with_a_seed_004_access_token() throws Exception {
        Tenant tenant = newTenant();
        Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        try (TestSocket socket = connect()) {
            socket.send(jwtLogin("at-1", token.jwt()));
            Map<String, Object> reply = socket.next();
            assertEquals("auth.success", reply.get("type"), reply.toString());
            assertEquals(Map.of("accountId", tenant.partnerId()), TestSocket.payload(reply).get("context"));
            assertEquals("EUR", ask(socket, "balance.get", "{}", true).get("currency"));
            assertEquals("forbidden", ask(socket, "balance.transactions.list", "{}", false).get("code"),
                    "the token grants balance.read_one only");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong secret", "unknown key", "no secret", "metadata not an object", "no token",
        "expired key", "revoked key", "suspended partner"})
    void refuses_an_s2s_login_with_auth_error_and_close_4002(String kind) throws Exception {
        Tenant tenant = newTenant();
        Key key = kind.equals("expired key") ? memberKey(tenant, "\"ttl_seconds\":60") : memberKey(tenant, "");
        String payload = switch (kind) {
            case "wrong secret" -> s2sPayload(key.username(), "{\"secret\":\"" + key.secret() + "x\"}");
            case "unknown key" -> s2sPayload("pk_nobody", "{\"secret\":\"" + key.secret() + "\"}");
            case "no secret" -> s2sPayload(key.username(), "{\"app\":\"anystore\"}");
            case "metadata not an object" -> s2sPayload(key.username(), "\"" + key.secret() + "\"");
            case "no token" -> "{\"authType\":\"s2s\",\"metadata\":{\"secret\":\"" + key.secret() + "\"}}";
            default -> s2sPayload(key.username(), "{\"secret\":\"" + key.secret() + "\"}");
        };
        String expectedCode = switch (kind) {
            case "no secret", "metadata not an object", "no token" -> "invalid_request";
            case "expired key" -> "key_expired";
            case "revoked key" -> "key_revoked";
            case "suspended partner" -> "account_suspended";
            default -> "invalid_credentials";
        };
        if (kind.equals("expired key")) {
            clock.advance(Duration.ofMinutes(2));
        } else if (kind.equals("revoked key")) {
            assertEquals(200, expireKey(tenant.bearer(), key.id()).status());
        } else if (kind.equals("suspended partner")) {
            assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null).status());
        }
        try (TestSocket socket = connect()) {
            socket.send("{\"type\":\"auth.login\",\"requestId\":\"bad\",\"payload\":" + payload + "}");
            Map<String, Object> reply = socket.next();
            assertEquals("auth.error", reply.get("type"), reply.toString());
            assertEquals("bad", reply.get("requestId"));
            assertEquals(expectedCode, TestSocket.payload(reply).get("code"), reply.toString());
            assertTrue(TestSocket.payload(reply).get("message") instanceof String message && !message.isBlank());
            assertEquals(AUTH_FAILED_CLOSE, socket.awaitClose().code());
        }
    }

    private static String s2sPayload(String token, String metadataJson) {
        return "{\"authType\":\"s2s\",\"token\":\"" + token + "\",\"metadata\":" + metadataJson + "}";
    }

    @Test
    void manages_keys_with_a_member_session_in_seed_000s_shapes() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            Map<String, Object> created = ask(socket, "account.keys.create",
                    "{\"name\":\"primary\",\"ttl_seconds\":86400}", true);
            assertEquals(List.of("id", "name", "username", "secret", "expires_at"), List.copyOf(created.keySet()));
            assertEquals("primary", created.get("name"));
            long id = ((Number) created.get("id")).longValue();
            assertAbout(clock.instant().getEpochSecond() + 86_400, seconds(created.get("expires_at")), 5,
                    "expires_at");

            Map<String, Object> listed = ask(socket, "account.keys.list", "{}", true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) listed.get("items");
            Map<String, Object> item = items.stream().filter(i -> ((Number) i.get("id")).longValue() == id)
                    .findFirst().orElseThrow();
            assertEquals(List.of("id", "name", "username", "created_at", "expires_at", "revoked_at", "last_used_at"),
                    List.copyOf(item.keySet()));
            assertEquals(0L, seconds(item.get("revoked_at")));

            Map<String, Object> expired = ask(socket, "account.keys.expire", "{\"key_id\":" + id + "}", true);
            assertTrue(seconds(expired.get("revoked_at")) > 0, expired.toString());
            assertEquals(expired.get("revoked_at"), keyItem(tenant, id).get("revoked_at"), "REST sees the same key");
            Key key = new Key(id, (String) created.get("username"), (String) created.get("secret"), null, 0);
            assertEquals(401, s2s(key).status(), "an expired key is cut off at once");
        }
    }

    @Test
    void refuses_bad_key_requests_and_leaves_the_socket_open() throws Exception {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        Key othersKey = memberKey(other, "");
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            assertEquals("invalid_request", ask(socket, "account.keys.create", "{}", false).get("code"));
            assertTrue(((String) ask(socket, "account.keys.create", "{\"name\":\"k\",\"ttl_seconds\":\"x\"}", false)
                    .get("message")).contains("ttl_seconds"));
            assertEquals("invalid_request", ask(socket, "account.keys.create",
                    "{\"name\":\"k\",\"ttl_seconds\":-5}", false).get("code"));
            assertEquals("not_found", ask(socket, "account.keys.expire", "{\"key_id\":999999}", false).get("code"));
            assertEquals("not_found", ask(socket, "account.keys.expire",
                    "{\"key_id\":" + othersKey.id() + "}", false).get("code"), "another partner's key is not found");
            assertEquals("invalid_request", ask(socket, "account.keys.expire", "{}", false).get("code"));
            assertEquals(0L, seconds(keyItem(other, othersKey.id()).get("revoked_at")));
            ask(socket, "account.keys.list", "{}", true);
        }
    }

    @Test
    void refuses_key_management_to_an_api_key() throws Exception {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        try (TestSocket socket = loggedIn(s2sLogin("s2s", key))) {
            for (String type : new String[] {"account.keys.create", "account.keys.list", "account.keys.expire"}) {
                String payload = type.endsWith("create") ? "{\"name\":\"k\"}" : "{\"key_id\":" + key.id() + "}";
                assertEquals("forbidden", ask(socket, type, payload, false).get("code"), type);
            }
            assertEquals(0L, seconds(keyItem(tenant, key.id()).get("revoked_at")));
        }
    }

    @Test
    void answers_balance_and_its_history_to_an_api_key() throws Exception {
        Tenant tenant = newTenant();
        Response funded = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/funding",
                "{\"amount\":\"12.50\",\"currency\":\"EUR\",\"reference\":\"ws-fund-" + next() + "\"}");
        assertEquals(201, funded.status(), funded.body());
        try (TestSocket socket = loggedIn(s2sLogin("s2s", operatorKey(tenant.partnerId())))) {
            Map<String, Object> balance = ask(socket, "balance.get", "{}", true);
            assertEquals("12.50", balance.get("balance"), balance.toString());
            assertEquals("EUR", balance.get("currency"));

            Map<String, Object> page = ask(socket, "balance.transactions.list", "{\"per_page\":1}", true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertEquals(1, items.size(), page.toString());
            assertEquals("12.50", items.get(0).get("amount"));
            assertTrue(((String) items.get(0).get("created_at")).matches(ISO_MILLIS_UTC.pattern()));

            assertEquals("invalid_request", ask(socket, "balance.transactions.list", "{\"per_page\":0}", false)
                    .get("code"));
            assertEquals("invalid_request", ask(socket, "balance.transactions.list", "{\"cursor\":\"nope\"}", false)
                    .get("code"));
        }
    }

    @Test
    void answers_account_get_for_a_member_with_the_member() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            Map<String, Object> account = ask(socket, "account.get", "{}", true);
            assertEquals(tenant.partnerId(), account.get("id"));
            assertEquals(Map.of("id", tenant.memberId(), "email", tenant.email()), account.get("member"));
        }
    }

    @Test
    void refuses_a_malformed_payload_field_naming_it() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket socket = loggedIn(jwtLogin("member", tenant.session()))) {
            List<String> messages = new ArrayList<>();
            messages.add((String) ask(socket, "events.subscribe", "{\"topics\":\"company/x\"}", false)
                    .get("message"));
            messages.add((String) ask(socket, "events.subscribe", "{}", false).get("message"));
            messages.add((String) ask(socket, "account.keys.create", "{\"name\":7}", false).get("message"));
            assertTrue(messages.get(0).contains("topics") && messages.get(1).contains("topics")
                    && messages.get(2).contains("name"), messages.toString());
        }
    }
}
