package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared ground of the credential suites: partners with a logged-in member, API keys made by the operator or
 * by a member, access tokens, and an exact check of each surface's error envelope (SPEC.md §2.6).
 */
abstract class CredentialSuiteSupport extends ServerTestSupport {

    static final String JSON = "application/json";

    private final AtomicInteger sequence = new AtomicInteger();

    /** A partner, one of its members and that member's session access token. */
    record Tenant(String partnerId, String memberId, String email, String session) {

        String bearer() {
            return "Bearer " + session;
        }
    }

    /**
     * An API key as its creator saw it once. {@code apiKey} (the {@code ak_} single string) is only known for
     * keys the operator made; a member's key answers no such field.
     */
    record Key(long id, String username, String secret, String apiKey, long expiresAt) {

        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A seed-004 access token: its record id and the JWT shown once. */
    record Token(String id, String jwt) {

        String bearer() {
            return "Bearer " + jwt;
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    int next() {
        return sequence.incrementAndGet();
    }

    String label() {
        return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    Tenant newTenant() {
        int n = next();
        String partnerId = createPartner(getClass().getSimpleName() + " Co " + n, "EUR");
        String email = "member" + n + "@" + label() + ".example";
        String memberId = addMember(partnerId, email);
        return new Tenant(partnerId, memberId, email, (String) logIn(email).get("accessToken"));
    }

    Tenant colleagueOf(Tenant tenant) {
        String email = "colleague" + next() + "@" + label() + ".example";
        String memberId = addMember(tenant.partnerId(), email);
        return new Tenant(tenant.partnerId(), memberId, email, (String) logIn(email).get("accessToken"));
    }

    /** A fresh session of the same member (after the clock moved past the old one's 15 minutes). */
    Tenant relogged(Tenant tenant) {
        return new Tenant(tenant.partnerId(), tenant.memberId(), tenant.email(),
                (String) logIn(tenant.email()).get("accessToken"));
    }

    // --- API keys ----------------------------------------------------------------------------------------

    /** The operator's {@code POST /admin/v1/partners/{id}/api-keys}; {@code extra} is JSON members or "". */
    Key operatorKey(String partnerId, String extra) {
        Response created = operator("POST", "/admin/v1/partners/" + partnerId + "/api-keys",
                "{\"name\":\"ops-" + next() + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created.body());
        return key(created.json());
    }

    Key operatorKey(String partnerId) {
        return operatorKey(partnerId, "");
    }

    Response createKey(Tenant tenant, String body, String... moreHeaders) {
        return call("POST", "/api/v1/session/keys", body, headers(moreHeaders, "Authorization", tenant.bearer(),
                "Content-Type", JSON));
    }

    Key memberKey(Tenant tenant, String extra) {
        Response created = createKey(tenant,
                "{\"name\":\"key-" + next() + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(201, created.status(), created.body());
        return key(created.json());
    }

    Response listKeys(String authorization) {
        return call("GET", "/api/v1/session/keys", null, "Authorization", authorization);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keyItems(Tenant tenant) {
        Response list = listKeys(tenant.bearer());
        assertEquals(200, list.status(), list.body());
        return (List<Map<String, Object>>) list.json().get("items");
    }

    Map<String, Object> keyItem(Tenant tenant, long keyId) {
        return keyItems(tenant).stream().filter(item -> ((Number) item.get("id")).longValue() == keyId)
                .findFirst().orElseThrow(() -> new AssertionError("key " + keyId + " not listed"));
    }

    Response expireKey(String authorization, long keyId, String... moreHeaders) {
        return call("PATCH", "/api/v1/session/keys/" + keyId + "/expire", null,
                headers(moreHeaders, "Authorization", authorization));
    }

    /** Seed 000's S2S REST with {@code X-API-Key} + {@code X-API-Secret}. */
    Response s2s(Key key, String... moreHeaders) {
        return call("GET", "/api/v1/s2s/accounts", null,
                headers(moreHeaders, "X-API-Key", key.username(), "X-API-Secret", key.secret()));
    }

    /** Seed 001's Supplier API with the {@code ApiKey} header. */
    Response supplier(String apiKey, String... moreHeaders) {
        return call("POST", "/Supplier/Products/List", "{}", headers(moreHeaders, "ApiKey", apiKey,
                "Content-Type", JSON));
    }

    Response setSurfaces(String partnerId, String... surfaces) {
        StringBuilder list = new StringBuilder();
        for (String surface : surfaces) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(surface).append('"');
        }
        return operator("PUT", "/admin/v1/partners/" + partnerId + "/surfaces", "{\"surfaces\":[" + list + "]}");
    }

    private static Key key(Map<String, Object> created) {
        return new Key(((Number) created.get("id")).longValue(), (String) created.get("username"),
                (String) created.get("secret"), (String) created.get("api_key"),
                ((Number) created.get("expires_at")).longValue());
    }

    // --- access tokens -----------------------------------------------------------------------------------

    Response createToken(String authorization, String company, String mode, String body, String... moreHeaders) {
        String query = mode == null ? "" : "?mode=" + mode;
        return call("POST", "/api/accesstoken" + query, body, headers(moreHeaders, "Authorization", authorization,
                "company", company, "Content-Type", JSON));
    }

    Token token(String authorization, String company, String mode, String scopesJson) {
        Response created = createToken(authorization, company, mode,
                "{\"description\":\"token " + next() + "\",\"scopes\":" + scopesJson + "}");
        assertEquals(201, created.status(), created.body());
        return new Token((String) created.json().get("id"), (String) created.json().get("jwt"));
    }

    Token token(Tenant tenant, String scopesJson) {
        return token(tenant.bearer(), tenant.partnerId(), "test", scopesJson);
    }

    Response partnerInfo(String authorization) {
        return authorization == null ? call("GET", "/v1/partner/info", null)
                : call("GET", "/v1/partner/info", null, "Authorization", authorization);
    }

    // --- envelopes ---------------------------------------------------------------------------------------

    /**
     * Seed 000's and the operator's envelope, exactly {@code {"error":{"code","message"}}} (plus {@code field}
     * when {@code field} is not null); answers the message.
     */
    String assertErrorObject(Response response, int status, String code, String field) {
        assertEquals(status, response.status(), response.body());
        assertJson(response);
        Map<String, Object> body = response.json();
        assertEquals(Set.of("error"), body.keySet(), response.body());
        Map<String, Object> error = response.error();
        assertEquals(field == null ? Set.of("code", "message") : Set.of("code", "message", "field"),
                error.keySet(), response.body());
        assertEquals(code, error.get("code"), response.body());
        if (field != null) {
            assertEquals(field, error.get("field"), response.body());
        }
        assertTrue(error.get("message") instanceof String message && !message.isBlank(), response.body());
        return (String) error.get("message");
    }

    /** Seed 001's envelope, exactly {@code {"code": <negative int>, "message"}}; answers the code. */
    int assertPlatformError(Response response, int status) {
        assertEquals(status, response.status(), response.body());
        assertJson(response);
        Map<String, Object> body = response.json();
        assertEquals(Set.of("code", "message"), body.keySet(), response.body());
        assertTrue(body.get("code") instanceof Integer code && code < 0, response.body());
        assertTrue(body.get("message") instanceof String message && !message.isBlank(), response.body());
        return (Integer) body.get("code");
    }

    void assertPlatformError(Response response, int status, int code) {
        assertEquals(code, assertPlatformError(response, status), response.body());
    }

    /** Seed 002's envelope, exactly {@code {"success": false, "message", "errors"}}; answers the message. */
    String assertPartnerError(Response response, int status, Map<String, Object> errors) {
        assertEquals(status, response.status(), response.body());
        assertJson(response);
        Map<String, Object> body = response.json();
        assertEquals(Set.of("success", "message", "errors"), body.keySet(), response.body());
        assertEquals(false, body.get("success"), response.body());
        assertEquals(errors, body.get("errors"), response.body());
        assertTrue(body.get("message") instanceof String message && !message.isBlank(), response.body());
        return (String) body.get("message");
    }

    private static void assertJson(Response response) {
        assertTrue(response.header("Content-Type").orElse("").startsWith(JSON),
                "Content-Type " + response.header("Content-Type").orElse("none") + ": " + response.body());
    }

    // --- audit -------------------------------------------------------------------------------------------

    /** Every audit record of one partner and action, following the cursor to the end. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> audit(String partnerId, String action) {
        List<Map<String, Object>> records = new ArrayList<>();
        String cursor = null;
        do {
            Response page = operator("GET", "/admin/v1/audit?per_page=100&action=" + action
                    + (partnerId == null ? "" : "&partner_id=" + partnerId)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
            assertEquals(200, page.status(), page.body());
            for (Object item : (List<Object>) page.json().get("items")) {
                records.add((Map<String, Object>) item);
            }
            cursor = (String) ((Map<String, Object>) page.json().get("meta")).get("next_cursor");
        } while (cursor != null);
        return records;
    }

    // --- JWTs and small things ---------------------------------------------------------------------------

    Map<String, Object> jwtPart(String jwt, int part) {
        try {
            return jsonMapper.readValue(TestJwts.decode(TestJwts.parts(jwt)[part]),
                    Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    static long seconds(Object number) {
        assertNotNull(number);
        return ((Number) number).longValue();
    }

    static void assertAbout(long expected, long actual, long tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected about " + expected + " (±"
                + tolerance + "), got " + actual + " (" + Instant.ofEpochSecond(actual) + ")");
    }

    /** {@code base}, then {@code extra}: name/value pairs for {@link #call}. */
    static String[] headers(String[] extra, String... base) {
        String[] all = new String[extra.length + base.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }
}
