package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Per-credential rate limits (SPEC.md §2.8) with the limits lowered to 3 a minute: the fourth call with one
 * credential inside a minute is a 429 with {@code Retry-After} in the surface's envelope, another credential
 * is unaffected, and the allowance comes back with time on the server clock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT extends CredentialSuiteSupport {

    private static final int LIMIT = 3;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> limits = new HashMap<>();
        for (String surface : new String[] {"partner", "account", "platform", "certificates"}) {
            limits.put("ledgerport.rate-limits." + surface, Integer.toString(LIMIT));
        }
        return limits;
    }

    // --- seed 000: S2S REST ------------------------------------------------------------------------------

    @Test
    void limits_each_api_key_on_the_account_surface() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        Key other = operatorKey(tenant.partnerId());
        assertLimited(this::s2s, key, other, response -> assertErrorObject(response, 429, "rate_limited", null));
    }

    @Test
    void counts_the_key_whichever_way_it_is_sent() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertEquals(200, s2s(key).status());
        assertEquals(200, call("GET", "/api/v1/s2s/accounts", null, "Authorization", key.basic()).status());
        assertEquals(200, s2s(key).status());
        assertErrorObject(call("GET", "/api/v1/s2s/accounts", null, "Authorization", key.basic()), 429,
                "rate_limited", null);
    }

    @Test
    void does_not_run_a_call_refused_for_its_rate() {
        Tenant tenant = newTenant();
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(201, createKey(tenant, "{\"name\":\"k" + i + "\"}").status());
        }
        Response refused = createKey(tenant, "{\"name\":\"one too many\"}");
        assertErrorObject(refused, 429, "rate_limited", null);
        assertRetryAfter(refused);
        clock.advance(Duration.ofMinutes(1));
        tenant = relogged(tenant);
        assertEquals(LIMIT, keyItems(tenant).size(), "the refused creation made no key");
    }

    // --- seed 001: ApiKey header -------------------------------------------------------------------------

    @Test
    void limits_each_api_key_on_the_platform_surface() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        Key other = operatorKey(tenant.partnerId());
        assertLimited(k -> supplier(k.apiKey()), key, other, response -> assertPlatformError(response, 429));
        assertEquals(200, s2s(key).status(), "each surface has its own allowance");
    }

    @Test
    void generate_token_draws_on_the_same_platform_allowance() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        for (int i = 0; i < LIMIT; i++) {
            assertEquals(200, supplier(key.apiKey()).status());
        }
        Response refused = call("POST", "/Token/Generate", null, "ApiKey", key.apiKey());
        assertPlatformError(refused, 429);
        assertRetryAfter(refused);
    }

    // --- seed 002: access tokens -------------------------------------------------------------------------

    @Test
    void limits_each_access_token_on_the_partner_surface() {
        Tenant tenant = newTenant();
        Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        Token other = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        assertLimited(t -> partnerInfo(t.bearer()), token, other,
                response -> assertPartnerError(response, 429, Map.of()));
    }

    // --- seed 004: certificates --------------------------------------------------------------------------

    @Test
    void limits_each_member_on_the_certificates_surface() {
        Tenant tenant = newTenant();
        Tenant colleague = colleagueOf(tenant);
        Function<Tenant, Response> list = member -> call("GET", "/api/accesstoken", null,
                "Authorization", member.bearer(), "company", member.partnerId());
        assertLimited(list, tenant, colleague, response -> assertCertificatesError(response, 429, "/accesstoken"));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /**
     * {@link #LIMIT} calls pass, the next is a 429 checked by {@code envelope}; {@code other} still passes; the
     * Retry-After delay later exactly one more call passes; a minute later the whole allowance is back.
     */
    private <C> void assertLimited(Function<C, Response> use, C credential, C other,
            Consumer<Response> envelope) {
        for (int i = 0; i < LIMIT; i++) {
            Response passed = use.apply(credential);
            assertTrue(passed.status() / 100 == 2, "call " + (i + 1) + ": " + passed);
        }
        Response refused = use.apply(credential);
        envelope.accept(refused);
        long retryAfter = assertRetryAfter(refused);
        envelope.accept(use.apply(credential));
        Response unaffected = use.apply(other);
        assertTrue(unaffected.status() / 100 == 2, "another credential is not affected: " + unaffected);

        clock.advance(Duration.ofSeconds(retryAfter));
        Response again = use.apply(credential);
        assertTrue(again.status() / 100 == 2, "after Retry-After a call passes: " + again);
        envelope.accept(use.apply(credential));

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < LIMIT; i++) {
            Response restored = use.apply(credential);
            assertTrue(restored.status() / 100 == 2, "a minute later, call " + (i + 1) + ": " + restored);
        }
        envelope.accept(use.apply(credential));
    }

    private static long assertRetryAfter(Response refused) {
        String header = refused.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: "
                + refused));
        assertTrue(header.matches("[1-9][0-9]*"), "Retry-After is a positive integer of seconds: " + header);
        long seconds = Long.parseLong(header);
        assertTrue(seconds <= 60, "within the minute: " + seconds);
        assertEquals(Duration.ofMinutes(1).toSeconds() / LIMIT, seconds, 1, "one call's share of the minute");
        return seconds;
    }
}
