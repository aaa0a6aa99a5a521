package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000 key management over real HTTP: {@code POST/GET /api/v1/session/keys} and
 * {@code PATCH /api/v1/session/keys/{id}/expire} under a member's session (or an access token holding
 * {@code keys} scopes), and the operator's {@code /admin/v1/partners/{id}/api-keys}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysIT extends CredentialSuiteSupport {

    /** Lowered so that "beyond the configured maximum" is testable; still above the 24 h default. */
    private static final long LIFETIME_MAX = Duration.ofDays(7).toSeconds();
    private static final int ACTIVE_KEYS_MAX = 5;
    private static final long DAY = 86_400;
    private static final Pattern PUBLIC_KEY = Pattern.compile("lpk_[0-9a-f]{24}");
    private static final Pattern SECRET = Pattern.compile("lps_[A-Za-z0-9_-]{43}");
    private static final Set<String> CREATED_FIELDS = Set.of("id", "name", "username", "secret", "expires_at");
    private static final Set<String> SUMMARY_FIELDS = Set.of("id", "name", "username", "created_at", "expires_at",
            "revoked_at", "last_used_at");
    private static final String KEYS_SCOPES =
            "{\"keys\":{\"actions\":[\"create_one\",\"read_many\",\"update_one\"]}}";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.api-key-lifetime-max", "7d",
                "ledgerport.api-keys-active-max", Integer.toString(ACTIVE_KEYS_MAX));
    }

    // --- creating ----------------------------------------------------------------------------------------

    @Test
    void creates_a_key_that_lives_24_hours_by_default_and_shows_its_secret() {
        Tenant tenant = newTenant();
        long before = nowSeconds();
        Response created = createKey(tenant, "{\"name\":\"primary\"}");
        long after = nowSeconds();
        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.json();
        assertEquals(CREATED_FIELDS, body.keySet(), created.body());
        assertTrue(body.get("id") instanceof Number, "seed 000 shows numeric ids: " + created.body());
        assertEquals("primary", body.get("name"));
        assertTrue(PUBLIC_KEY.matcher((String) body.get("username")).matches(), created.body());
        assertTrue(SECRET.matcher((String) body.get("secret")).matches(), created.body());
        long expiresAt = seconds(body.get("expires_at"));
        assertTrue(expiresAt >= before + DAY && expiresAt <= after + DAY,
                "expires_at " + expiresAt + " is now + 86400 s (" + before + ".." + after + ")");
    }

    @Test
    void creates_a_key_with_a_relative_ttl_in_seconds() {
        Tenant tenant = newTenant();
        long before = nowSeconds();
        Response created = createKey(tenant, "{\"name\":\"short\",\"ttl_seconds\":3600}");
        long after = nowSeconds();
        assertEquals(201, created.status(), created.body());
        long expiresAt = seconds(created.json().get("expires_at"));
        assertTrue(expiresAt >= before + 3600 && expiresAt <= after + 3600, created.body());
    }

    @Test
    void creates_a_key_with_an_absolute_expiry_in_unix_seconds() {
        Tenant tenant = newTenant();
        long at = nowSeconds() + 2 * DAY + 17;
        Response created = createKey(tenant, "{\"name\":\"absolute\",\"expires_at\":" + at + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals(at, seconds(created.json().get("expires_at")));
        assertEquals(at, seconds(keyItem(tenant, seconds(created.json().get("id"))).get("expires_at")));
    }

    @Test
    void accepts_exactly_the_configured_maximum_lifetime_both_ways() {
        Tenant tenant = newTenant();
        Response relative = createKey(tenant, "{\"name\":\"longest\",\"ttl_seconds\":" + LIFETIME_MAX + "}");
        assertEquals(201, relative.status(), relative.body());
        long at = nowSeconds() + LIFETIME_MAX - 5;
        Response absolute = createKey(tenant, "{\"name\":\"longest-at\",\"expires_at\":" + at + "}");
        assertEquals(201, absolute.status(), absolute.body());
    }

    @Test
    void strips_the_name_and_accepts_100_characters() {
        Tenant tenant = newTenant();
        Response padded = createKey(tenant, "{\"name\":\"  padded  \"}");
        assertEquals(201, padded.status(), padded.body());
        assertEquals("padded", padded.json().get("name"));
        String longest = "n".repeat(100);
        Response full = createKey(tenant, "{\"name\":\"" + longest + "\"}");
        assertEquals(201, full.status(), full.body());
        assertEquals(longest, full.json().get("name"));
    }

    static Stream<Arguments> refusedCreations() {
        return Stream.of(
                Arguments.of("ttl_seconds zero", "\"name\":\"k\",\"ttl_seconds\":0", "ttl_seconds"),
                Arguments.of("ttl_seconds negative", "\"name\":\"k\",\"ttl_seconds\":-60", "ttl_seconds"),
                Arguments.of("ttl_seconds beyond the maximum", "\"name\":\"k\",\"ttl_seconds\":MAX_PLUS_ONE",
                        "ttl_seconds"),
                Arguments.of("ttl_seconds huge", "\"name\":\"k\",\"ttl_seconds\":9223372036854775807", "ttl_seconds"),
                Arguments.of("ttl_seconds beyond a long", "\"name\":\"k\",\"ttl_seconds\":9223372036854775808",
                        "ttl_seconds"),
                Arguments.of("ttl_seconds a string", "\"name\":\"k\",\"ttl_seconds\":\"3600\"", "ttl_seconds"),
                Arguments.of("ttl_seconds a fraction", "\"name\":\"k\",\"ttl_seconds\":1.5", "ttl_seconds"),
                Arguments.of("expires_at in the past", "\"name\":\"k\",\"expires_at\":PAST", "expires_at"),
                Arguments.of("expires_at now", "\"name\":\"k\",\"expires_at\":NOW", "expires_at"),
                Arguments.of("expires_at zero", "\"name\":\"k\",\"expires_at\":0", "expires_at"),
                Arguments.of("expires_at beyond the maximum", "\"name\":\"k\",\"expires_at\":BEYOND", "expires_at"),
                Arguments.of("expires_at in milliseconds", "\"name\":\"k\",\"expires_at\":MILLIS", "expires_at"),
                Arguments.of("expires_at a date string", "\"name\":\"k\",\"expires_at\":\"2030-01-01\"", "expires_at"),
                Arguments.of("both ttl_seconds and expires_at",
                        "\"name\":\"k\",\"ttl_seconds\":3600,\"expires_at\":FUTURE", "ttl_seconds"),
                Arguments.of("name missing", "\"ttl_seconds\":3600", "name"),
                Arguments.of("name empty", "\"name\":\"\"", "name"),
                Arguments.of("name blank", "\"name\":\"   \"", "name"),
                Arguments.of("name null", "\"name\":null", "name"),
                Arguments.of("name a number", "\"name\":42", "name"),
                Arguments.of("name overlong", "\"name\":\"" + "n".repeat(101) + "\"", "name"),
                Arguments.of("name with a control character", "\"name\":\"a\\u0007b\"", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCreations")
    void refuses_a_creation_with_a_400_naming_the_field_and_creates_nothing(String label, String members,
            String field) {
        Tenant tenant = newTenant();
        long now = nowSeconds();
        String body = "{" + members.replace("MAX_PLUS_ONE", Long.toString(LIFETIME_MAX + 1))
                .replace("PAST", Long.toString(now - 60))
                .replace("NOW", Long.toString(now))
                .replace("BEYOND", Long.toString(now + LIFETIME_MAX + 120))
                .replace("MILLIS", Long.toString(now * 1000 + 3_600_000))
                .replace("FUTURE", Long.toString(now + 7200)) + "}";
        Response refused = createKey(tenant, body);
        String message = assertErrorObject(refused, 400, "bad_request", field);
        assertTrue(message.contains(field), message);
        if (label.startsWith("both")) {
            assertTrue(message.contains("expires_at"), "the message names both fields: " + message);
        }
        assertEquals(List.of(), keyItems(tenant), "a refused creation leaves no key behind");
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @ValueSource(strings = {"", "not json", "[]", "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} x"})
    void refuses_a_body_that_is_not_one_json_object(String body) {
        Tenant tenant = newTenant();
        assertErrorObject(createKey(tenant, body), 400, "bad_request", "body");
    }

    @Test
    void refuses_more_active_keys_than_allowed_until_one_is_expired() {
        Tenant tenant = newTenant();
        Key first = memberKey(tenant, "");
        for (int i = 1; i < ACTIVE_KEYS_MAX; i++) {
            memberKey(tenant, "");
        }
        assertErrorObject(createKey(tenant, "{\"name\":\"one too many\"}"), 409, "too_many_keys", null);
        assertEquals(200, expireKey(tenant.bearer(), first.id()).status());
        assertEquals(201, createKey(tenant, "{\"name\":\"replacement\"}").status());
    }

    // --- listing: the secret is shown once ---------------------------------------------------------------

    @Test
    void lists_keys_newest_first_with_the_seed_fields_and_never_the_secret() {
        Tenant tenant = newTenant();
        long before = nowSeconds();
        Response first = createKey(tenant, "{\"name\":\"first\"}");
        Response second = createKey(tenant, "{\"name\":\"second\",\"ttl_seconds\":600}");
        long after = nowSeconds();
        Response list = listKeys(tenant.bearer());
        assertEquals(200, list.status(), list.body());
        assertEquals(Set.of("items"), list.json().keySet(), list.body());
        for (Response created : List.of(first, second)) {
            String secret = (String) created.json().get("secret");
            assertFalse(list.body().contains(secret), "the list never shows a secret");
            assertFalse(list.body().contains(secret.substring(4)), "not even without its prefix");
        }
        List<Map<String, Object>> items = keyItems(tenant);
        assertEquals(List.of("second", "first"), items.stream().map(item -> item.get("name")).toList());
        for (Map<String, Object> item : items) {
            assertEquals(SUMMARY_FIELDS, item.keySet(), item.toString());
            long createdAt = seconds(item.get("created_at"));
            assertTrue(createdAt >= before && createdAt <= after, item.toString());
            assertEquals(0L, seconds(item.get("revoked_at")), "0 when not revoked");
            assertEquals(0L, seconds(item.get("last_used_at")), "0 when never used");
        }
        Map<String, Object> listedSecond = items.get(0);
        assertEquals(second.json().get("id"), listedSecond.get("id"));
        assertEquals(second.json().get("username"), listedSecond.get("username"));
        assertEquals(second.json().get("expires_at"), listedSecond.get("expires_at"));
    }

    @Test
    void lists_only_the_callers_own_partners_keys() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Key aKey = memberKey(a, "");
        memberKey(b, "");
        assertEquals(List.of(aKey.id()), keyItems(a).stream().map(item -> seconds(item.get("id"))).toList());
        assertFalse(keyItems(b).stream().anyMatch(item -> seconds(item.get("id")) == aKey.id()));
        Tenant colleague = colleagueOf(a);
        assertEquals(List.of(aKey.id()), keyItems(colleague).stream().map(item -> seconds(item.get("id"))).toList(),
                "keys belong to the partner, so every member sees them");
    }

    // --- expiring ----------------------------------------------------------------------------------------

    @Test
    void expiring_a_key_sets_revoked_at_and_cuts_off_s2s_rest_at_once() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        assertEquals(200, s2s(key).status(), "the key works before it is expired");
        long before = nowSeconds();
        Response expired = expireKey(tenant.bearer(), key.id());
        long after = nowSeconds();
        assertEquals(200, expired.status(), expired.body());
        Map<String, Object> summary = expired.json();
        assertEquals(SUMMARY_FIELDS, summary.keySet(), expired.body());
        assertFalse(expired.body().contains(key.secret()));
        assertEquals(key.id(), seconds(summary.get("id")));
        assertEquals(key.expiresAt(), seconds(summary.get("expires_at")), "expires_at is kept as it was");
        long revokedAt = seconds(summary.get("revoked_at"));
        assertTrue(revokedAt >= before && revokedAt <= after, expired.body());
        assertEquals(revokedAt, seconds(keyItem(tenant, key.id()).get("revoked_at")));

        assertErrorObject(s2s(key), 401, "unauthenticated", null);
        assertErrorObject(call("GET", "/api/v1/s2s/accounts", null, "Authorization", key.basic()), 401,
                "unauthenticated", null);
    }

    @Test
    void expiring_a_key_again_keeps_the_first_revocation_time() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        long revokedAt = seconds(expireKey(tenant.bearer(), key.id()).json().get("revoked_at"));
        clock.advance(Duration.ofSeconds(30));
        Response again = expireKey(tenant.bearer(), key.id());
        assertEquals(200, again.status(), again.body());
        assertEquals(revokedAt, seconds(again.json().get("revoked_at")));
    }

    @Test
    void answers_404_for_another_partners_key_and_leaves_it_working() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Key aKey = memberKey(a, "");
        String message = assertErrorObject(expireKey(b.bearer(), aKey.id()), 404, "not_found", null);
        assertTrue(message.contains(Long.toString(aKey.id())), message);
        assertEquals(200, s2s(aKey).status(), "another partner cannot expire the key");
        assertEquals(0L, seconds(keyItem(a, aKey.id()).get("revoked_at")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999999999", "0", "-1", "abc", "1e3", "99999999999999999999999"})
    void answers_404_for_a_key_id_that_is_unknown_or_not_an_id(String id) {
        Tenant tenant = newTenant();
        Response missing = call("PATCH", "/api/v1/session/keys/" + id + "/expire", null,
                "Authorization", tenant.bearer());
        assertErrorObject(missing, 404, "not_found", null);
    }

    // --- who may manage keys -----------------------------------------------------------------------------

    enum Manager {
        API_KEY_HEADERS, API_KEY_BASIC, API_KEY_AS_BEARER, SECRET_AS_BEARER, NO_CREDENTIAL, GARBAGE_BEARER,
        BEARER_WITHOUT_PREFIX, OPERATOR_TOKEN, EXPIRED_SESSION, REVOKED_SESSION, SUSPENDED_PARTNER
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Manager.class)
    void refuses_key_management_to_anything_but_a_standing_session_or_access_token(Manager manager) {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        String[] credential = switch (manager) {
            case API_KEY_HEADERS -> new String[] {"X-API-Key", key.username(), "X-API-Secret", key.secret()};
            case API_KEY_BASIC -> new String[] {"Authorization", key.basic()};
            case API_KEY_AS_BEARER -> new String[] {"Authorization", "Bearer " + key.apiKey()};
            case SECRET_AS_BEARER -> new String[] {"Authorization", "Bearer " + key.secret()};
            case NO_CREDENTIAL -> new String[0];
            case GARBAGE_BEARER -> new String[] {"Authorization", "Bearer not.a.jwt"};
            case BEARER_WITHOUT_PREFIX -> new String[] {"Authorization", tenant.session()};
            case OPERATOR_TOKEN -> new String[] {"Authorization", "Bearer " + OPERATOR_TOKEN};
            case EXPIRED_SESSION -> {
                clock.advance(Duration.ofMinutes(16));
                yield new String[] {"Authorization", tenant.bearer()};
            }
            case REVOKED_SESSION -> {
                assertEquals(204 / 100, call("DELETE", "/api/sessions", null, "Authorization", tenant.bearer())
                        .status() / 100);
                yield new String[] {"Authorization", tenant.bearer()};
            }
            case SUSPENDED_PARTNER -> {
                assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null)
                        .status());
                yield new String[] {"Authorization", tenant.bearer()};
            }
        };
        String[] json = headers(credential, "Content-Type", JSON);
        assertErrorObject(call("POST", "/api/v1/session/keys", "{\"name\":\"x\"}", json), 401, "unauthenticated",
                null);
        assertErrorObject(call("GET", "/api/v1/session/keys", null, credential), 401, "unauthenticated", null);
        assertErrorObject(call("PATCH", "/api/v1/session/keys/" + key.id() + "/expire", null, credential), 401,
                "unauthenticated", null);
        clock.reset();
        if (manager != Manager.SUSPENDED_PARTNER) {
            assertEquals(200, s2s(key).status(), "the key was neither expired nor harmed");
        }
    }

    @Test
    void says_an_api_key_cannot_manage_keys() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        String message = assertErrorObject(call("GET", "/api/v1/session/keys", null, "X-API-Key", key.username(),
                "X-API-Secret", key.secret()), 401, "unauthenticated", null);
        assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("session"), message);
    }

    @Test
    void refuses_an_access_token_without_keys_scopes_with_a_403() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        assertErrorObject(call("POST", "/api/v1/session/keys", "{\"name\":\"x\"}", "Authorization", token.bearer(),
                "Content-Type", JSON), 403, "forbidden", null);
        assertErrorObject(listKeys(token.bearer()), 403, "forbidden", null);
        assertErrorObject(expireKey(token.bearer(), key.id()), 403, "forbidden", null);
        assertEquals(0L, seconds(keyItem(tenant, key.id()).get("revoked_at")));
        assertEquals(1, keyItems(tenant).size());
    }

    @Test
    void lets_an_access_token_do_exactly_what_its_keys_scopes_name() {
        Tenant tenant = newTenant();
        Token all = token(tenant, KEYS_SCOPES);
        Response created = call("POST", "/api/v1/session/keys", "{\"name\":\"by token\"}",
                "Authorization", all.bearer(), "Content-Type", JSON);
        assertEquals(201, created.status(), created.body());
        long keyId = seconds(created.json().get("id"));
        assertEquals(200, listKeys(all.bearer()).status());

        Token readOnly = token(tenant, "{\"keys\":{\"actions\":[\"read_many\"]}}");
        Response listed = listKeys(readOnly.bearer());
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("by token"), listed.body());
        assertErrorObject(call("POST", "/api/v1/session/keys", "{\"name\":\"x\"}", "Authorization",
                readOnly.bearer(), "Content-Type", JSON), 403, "forbidden", null);
        assertErrorObject(expireKey(readOnly.bearer(), keyId), 403, "forbidden", null);

        Response expired = expireKey(all.bearer(), keyId);
        assertEquals(200, expired.status(), expired.body());
        assertTrue(seconds(expired.json().get("revoked_at")) > 0);
    }

    // --- the operator's equivalent -----------------------------------------------------------------------

    @Test
    void the_operator_creates_a_key_with_its_single_string_form_and_mode() {
        Tenant tenant = newTenant();
        long before = nowSeconds();
        Response created = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys",
                "{\"name\":\"from the operator\"}");
        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.json();
        assertEquals(Set.of("id", "name", "username", "secret", "api_key", "expires_at", "mode"), body.keySet(),
                created.body());
        assertEquals("live", body.get("mode"));
        String username = (String) body.get("username");
        String secret = (String) body.get("secret");
        assertEquals("ak_live_" + username.substring(4) + secret.substring(4), body.get("api_key"));
        assertAbout(before + DAY, seconds(body.get("expires_at")), 5, "default expiry");

        Key key = new Key(seconds(body.get("id")), username, secret, (String) body.get("api_key"),
                seconds(body.get("expires_at")));
        assertEquals(200, s2s(key).status(), "the pair works for seed 000");
        assertEquals(200, supplier(key.apiKey()).status(), "the single string works for seed 001");
        assertEquals("from the operator", keyItem(tenant, key.id()).get("name"), "members see it too");
    }

    @Test
    void the_operator_creates_a_test_mode_key_with_a_ttl() {
        Tenant tenant = newTenant();
        long before = nowSeconds();
        Response created = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys",
                "{\"name\":\"sandbox\",\"mode\":\"test\",\"ttl_seconds\":600}");
        assertEquals(201, created.status(), created.body());
        assertEquals("test", created.json().get("mode"));
        assertTrue(((String) created.json().get("api_key")).startsWith("ak_test_"), created.body());
        assertAbout(before + 600, seconds(created.json().get("expires_at")), 5, "ttl_seconds");
    }

    @Test
    void the_operator_lists_and_expires_a_partners_keys() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        Response list = operator("GET", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys", null);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(key.secret()));
        assertTrue(list.body().contains(key.username()));
        Response expired = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/" + key.id()
                + "/expire", null);
        assertEquals(200, expired.status(), expired.body());
        assertEquals(SUMMARY_FIELDS, expired.json().keySet());
        assertTrue(seconds(expired.json().get("revoked_at")) > 0);
        assertEquals(401, s2s(key).status());

        Tenant other = newTenant();
        assertErrorObject(operator("POST", "/admin/v1/partners/" + other.partnerId() + "/api-keys/" + key.id()
                + "/expire", null), 404, "not_found", null);
    }

    static Stream<Arguments> refusedOperatorCreations() {
        return Stream.of(
                Arguments.of("{\"name\":\"k\",\"ttl_seconds\":0}", "ttl_seconds"),
                Arguments.of("{\"name\":\"k\",\"ttl_seconds\":" + (LIFETIME_MAX + 1) + "}", "ttl_seconds"),
                Arguments.of("{\"name\":\"k\",\"expires_at\":1}", "expires_at"),
                Arguments.of("{\"name\":\"k\",\"mode\":\"prod\"}", "mode"),
                Arguments.of("{\"name\":\"k\",\"mode\":7}", "mode"),
                Arguments.of("{\"ttl_seconds\":60}", "name"),
                Arguments.of("{\"name\":\" \"}", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOperatorCreations")
    void the_operator_gets_a_400_naming_the_field(String body, String field) {
        Tenant tenant = newTenant();
        Response refused = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys", body);
        assertErrorObject(refused, 400, "bad_request", field);
        assertEquals(List.of(), keyItems(tenant));
    }

    @Test
    void the_operator_gets_a_404_for_an_unknown_partner_and_a_401_without_its_token() {
        assertErrorObject(operator("POST", "/admin/v1/partners/0193a1c2-0000-7000-8000-00000000abcd/api-keys",
                "{\"name\":\"k\"}"), 404, "not_found", null);
        assertErrorObject(operator("POST", "/admin/v1/partners/not-a-uuid/api-keys", "{\"name\":\"k\"}"), 404,
                "not_found", null);
        Tenant tenant = newTenant();
        assertErrorObject(call("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys", "{\"name\":\"k\"}",
                "Authorization", tenant.bearer(), "Content-Type", JSON), 401, "unauthenticated", null);
    }
}
