package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000 S2S REST authentication on {@code GET /api/v1/s2s/accounts}: {@code X-API-Key} + {@code X-API-Secret},
 * or HTTP Basic with the public key and the secret; every failure is a 401 in the account envelope, and expiry,
 * revocation and suspension act at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S2sAuthIT extends CredentialSuiteSupport {

    private static final String PROFILE = "/api/v1/s2s/accounts";
    private static final String UNKNOWN_PUBLIC_KEY = "lpk_0123456789abcdef01234567";
    private static final String WELL_FORMED_SECRET = "lps_" + "A".repeat(43);

    // --- good --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PROFILE, PROFILE + "/"})
    void answers_the_account_profile_for_a_key_in_headers_or_http_basic(String path) {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        Response byHeaders = call("GET", path, null, "X-API-Key", key.username(), "X-API-Secret", key.secret());
        assertProfile(byHeaders, tenant);
        Response byBasic = call("GET", path, null, "Authorization", key.basic());
        assertProfile(byBasic, tenant);
        assertEquals(byHeaders.json(), byBasic.json());
    }

    @Test
    void reads_header_names_in_any_letter_case_and_the_basic_scheme_too() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        assertProfile(call("GET", PROFILE, null, "x-api-key", key.username(), "X-API-SECRET", key.secret()), tenant);
        assertProfile(call("GET", PROFILE, null, "Authorization", key.basic().replace("Basic", "basic")), tenant);
    }

    @Test
    void accepts_a_key_the_operator_made_and_a_test_mode_key() {
        Tenant tenant = newTenant();
        assertProfile(s2s(operatorKey(tenant.partnerId())), tenant);
        assertProfile(s2s(operatorKey(tenant.partnerId(), "\"mode\":\"test\"")), tenant);
    }

    // --- refused -----------------------------------------------------------------------------------------

    enum Failure {
        NOTHING,
        ONLY_THE_PUBLIC_KEY,
        ONLY_THE_SECRET,
        EMPTY_PUBLIC_KEY,
        EMPTY_SECRET,
        MALFORMED_PUBLIC_KEY,
        MALFORMED_SECRET,
        SINGLE_STRING_AS_PUBLIC_KEY,
        WRONG_SECRET,
        ANOTHER_KEYS_SECRET,
        UNKNOWN_KEY,
        PUBLIC_KEY_IN_UPPER_CASE,
        BASIC_NOT_BASE64,
        BASIC_WITHOUT_COLON,
        BASIC_EMPTY,
        BASIC_WRONG_SECRET,
        BASIC_SWAPPED,
        BASIC_UNKNOWN_KEY,
        BEARER_WITH_THE_SECRET,
        SESSION_BEARER,
        API_KEY_HEADER_OF_SEED_001
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Failure.class)
    void refuses_with_a_401_in_the_account_envelope(Failure failure) {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        Key other = operatorKey(tenant.partnerId());
        String[] headers = switch (failure) {
            case NOTHING -> new String[0];
            case ONLY_THE_PUBLIC_KEY -> new String[] {"X-API-Key", key.username()};
            case ONLY_THE_SECRET -> new String[] {"X-API-Secret", key.secret()};
            case EMPTY_PUBLIC_KEY -> new String[] {"X-API-Key", "", "X-API-Secret", key.secret()};
            case EMPTY_SECRET -> new String[] {"X-API-Key", key.username(), "X-API-Secret", ""};
            case MALFORMED_PUBLIC_KEY -> new String[] {"X-API-Key", "key-10", "X-API-Secret", key.secret()};
            case MALFORMED_SECRET -> new String[] {"X-API-Key", key.username(), "X-API-Secret", "hunter2"};
            case SINGLE_STRING_AS_PUBLIC_KEY -> new String[] {"X-API-Key", key.apiKey(), "X-API-Secret",
                key.secret()};
            case WRONG_SECRET -> new String[] {"X-API-Key", key.username(), "X-API-Secret", flipLast(key.secret())};
            case ANOTHER_KEYS_SECRET -> new String[] {"X-API-Key", key.username(), "X-API-Secret", other.secret()};
            case UNKNOWN_KEY -> new String[] {"X-API-Key", UNKNOWN_PUBLIC_KEY, "X-API-Secret", key.secret()};
            case PUBLIC_KEY_IN_UPPER_CASE -> new String[] {"X-API-Key", "lpk_" + key.username().substring(4)
                    .toUpperCase(java.util.Locale.ROOT), "X-API-Secret", key.secret()};
            case BASIC_NOT_BASE64 -> new String[] {"Authorization", "Basic !!not-base64!!"};
            case BASIC_WITHOUT_COLON -> new String[] {"Authorization",
                "Basic " + base64(key.username() + key.secret())};
            case BASIC_EMPTY -> new String[] {"Authorization", "Basic "};
            case BASIC_WRONG_SECRET -> new String[] {"Authorization",
                "Basic " + base64(key.username() + ":" + flipLast(key.secret()))};
            case BASIC_SWAPPED -> new String[] {"Authorization",
                "Basic " + base64(key.secret() + ":" + key.username())};
            case BASIC_UNKNOWN_KEY -> new String[] {"Authorization",
                "Basic " + base64(UNKNOWN_PUBLIC_KEY + ":" + WELL_FORMED_SECRET)};
            case BEARER_WITH_THE_SECRET -> new String[] {"Authorization", "Bearer " + key.secret()};
            case SESSION_BEARER -> new String[] {"Authorization", tenant.bearer()};
            case API_KEY_HEADER_OF_SEED_001 -> new String[] {"ApiKey", key.apiKey()};
        };
        assertErrorObject(call("GET", PROFILE, null, headers), 401, "unauthenticated", null);
        assertErrorObject(call("GET", PROFILE + "/", null, headers), 401, "unauthenticated", null);
        assertProfile(s2s(key), tenant);
    }

    @Test
    void refuses_an_expired_key_once_the_clock_passes_its_expiry() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId(), "\"ttl_seconds\":120");
        clock.advance(Duration.ofSeconds(100));
        assertProfile(s2s(key), tenant);
        clock.advance(Duration.ofSeconds(21));
        assertErrorObject(s2s(key), 401, "unauthenticated", null);
        assertErrorObject(call("GET", PROFILE, null, "Authorization", key.basic()), 401, "unauthenticated", null);
    }

    @Test
    void refuses_a_default_key_a_day_later() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertProfile(s2s(key), tenant);
        clock.advance(Duration.ofMinutes(2));
        String message = assertErrorObject(s2s(key), 401, "unauthenticated", null);
        assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("expired"), message);
    }

    @Test
    void refuses_a_revoked_key_at_once_whichever_way_it_is_sent() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        Key kept = memberKey(tenant, "");
        assertProfile(s2s(key), tenant);
        assertProfile(call("GET", PROFILE, null, "Authorization", key.basic()), tenant);
        assertEquals(200, expireKey(tenant.bearer(), key.id()).status());
        String message = assertErrorObject(s2s(key), 401, "unauthenticated", null);
        assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("revoked"), message);
        assertErrorObject(call("GET", PROFILE, null, "Authorization", key.basic()), 401, "unauthenticated", null);
        assertProfile(s2s(kept), tenant);
    }

    @Test
    void refuses_every_key_of_a_suspended_partner_at_once_and_accepts_them_again_when_activated() {
        Tenant tenant = newTenant();
        Tenant bystander = newTenant();
        Key key = memberKey(tenant, "");
        Key other = operatorKey(bystander.partnerId());
        assertProfile(s2s(key), tenant);
        assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null).status());
        String message = assertErrorObject(s2s(key), 401, "unauthenticated", null);
        assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("suspended"), message);
        assertErrorObject(call("GET", PROFILE, null, "Authorization", key.basic()), 401, "unauthenticated", null);
        assertProfile(s2s(other), bystander);

        assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/activate", null).status());
        Response again = s2s(key);
        assertProfile(again, tenant);
        assertEquals("active", again.json().get("status"));
    }

    // --- last use ----------------------------------------------------------------------------------------

    @Test
    void records_the_last_use_of_a_key_in_the_key_list() {
        Tenant tenant = newTenant();
        Key key = memberKey(tenant, "");
        assertEquals(0L, seconds(keyItem(tenant, key.id()).get("last_used_at")));

        assertEquals(401, call("GET", PROFILE, null, "X-API-Key", key.username(), "X-API-Secret",
                flipLast(key.secret())).status());
        assertEquals(0L, seconds(keyItem(tenant, key.id()).get("last_used_at")), "a failed use is no use");

        long before = nowSeconds();
        assertProfile(s2s(key), tenant);
        long after = nowSeconds();
        long firstUse = seconds(keyItem(tenant, key.id()).get("last_used_at"));
        assertTrue(firstUse >= before && firstUse <= after, "last_used_at " + firstUse);

        clock.advance(Duration.ofMinutes(5));
        tenant = relogged(tenant);
        long later = nowSeconds();
        assertProfile(call("GET", PROFILE, null, "Authorization", key.basic()), tenant);
        long secondUse = seconds(keyItem(tenant, key.id()).get("last_used_at"));
        assertTrue(secondUse >= later && secondUse <= nowSeconds(), "last_used_at moves with a later use: "
                + secondUse + " vs " + later);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void assertProfile(Response response, Tenant tenant) {
        assertEquals(200, response.status(), response.body());
        Map<String, Object> body = response.json();
        assertEquals(Set.of("id", "name", "currency", "status", "created_at"), body.keySet(), response.body());
        assertEquals(tenant.partnerId(), body.get("id"));
        assertEquals("EUR", body.get("currency"));
        assertTrue(body.get("created_at") instanceof Number, "unix seconds in seed 000: " + response.body());
        Map<String, Object> partner = operator("GET", "/admin/v1/partners/" + tenant.partnerId(), null).json();
        assertEquals(partner.get("name"), body.get("name"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same text with its last character changed, still well formed. */
    static String flipLast(String secret) {
        char last = secret.charAt(secret.length() - 1);
        return secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
