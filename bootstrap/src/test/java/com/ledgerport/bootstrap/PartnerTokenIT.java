package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 004's long-lived access tokens ({@code /api/accesstoken}) used as seed 002's {@code Bearer {s2s-token}}
 * on {@code GET /v1/partner/info}: creation and its refusals in 004's envelope, every way a bearer can be bad
 * in 002's envelope, revocation, expiry and updates taking effect at once, and scopes that never grow when a
 * token makes another.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerTokenIT extends CredentialSuiteSupport {

    private static final String BALANCE_READ_ONE = "{\"balance\":{\"actions\":[\"read_one\"]}}";
    private static final Set<String> TOKEN_FIELDS = Set.of("id", "company", "description", "mode", "scopes",
            "createdAt", "expiresAt", "revokedAt");
    private static final Map<String, Object> NO_ERRORS = Map.of();
    private static final String PATH = "/accesstoken";

    // --- creating ----------------------------------------------------------------------------------------

    @Test
    void creates_a_token_shown_once_that_lives_a_year_by_default() {
        Tenant tenant = newTenant();
        Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // expiresAt is shown in millis
        Response created = createToken(tenant.bearer(), tenant.partnerId(), "test",
                "{\"description\":\"test token\",\"scopes\":" + BALANCE_READ_ONE + "}");
        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.json();
        Set<String> withJwt = new java.util.HashSet<>(TOKEN_FIELDS);
        withJwt.add("jwt");
        assertEquals(withJwt, body.keySet(), created.body());
        assertEquals(tenant.partnerId(), body.get("company"));
        assertEquals("test token", body.get("description"));
        assertEquals("test", body.get("mode"));
        assertEquals(Map.of("balance", Map.of("actions", List.of("read_one"))), body.get("scopes"));
        assertNull(body.get("revokedAt"));
        assertTrue(ISO_MILLIS_UTC.matcher((String) body.get("expiresAt")).matches(), created.body());
        Duration lifetime = Duration.between(before, Instant.parse((String) body.get("expiresAt")));
        assertTrue(lifetime.compareTo(Duration.ofDays(365)) >= 0
                && lifetime.compareTo(Duration.ofDays(365).plusMinutes(1)) < 0, lifetime.toString());

        String jwt = (String) body.get("jwt");
        assertEquals("HS256", jwtPart(jwt, 0).get("alg"));
        assertEquals(tenant.partnerId(), jwtPart(jwt, 1).get("tenant"));

        String id = (String) body.get("id");
        Response one = call("GET", "/api/accesstoken/" + id, null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId());
        assertEquals(200, one.status(), one.body());
        assertEquals(TOKEN_FIELDS, one.json().keySet(), "read one never shows the jwt: " + one.body());
        assertFalse(one.body().contains(jwt));
        Response many = call("GET", "/api/accesstoken", null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId());
        assertEquals(200, many.status(), many.body());
        List<Object> items = many.jsonList();
        assertEquals(1, items.size(), many.body());
        assertEquals(TOKEN_FIELDS, ((Map<?, ?>) items.get(0)).keySet(), "read many never shows the jwt");
        assertFalse(many.body().contains(jwt));
        assertFalse(many.body().contains(TestJwts.parts(jwt)[2]), "not even the signature");
    }

    @Test
    void creates_a_live_token_expiring_at_the_absolute_unix_time_given() {
        Tenant tenant = newTenant();
        long expiresIn = nowSeconds() + 30 * 86_400L;
        Response created = createToken(tenant.bearer(), tenant.partnerId(), "live",
                "{\"description\":\"live\",\"expiresIn\":" + expiresIn + ",\"scopes\":" + BALANCE_READ_ONE + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals("live", created.json().get("mode"));
        assertEquals(Instant.ofEpochSecond(expiresIn), Instant.parse((String) created.json().get("expiresAt")));
        assertEquals(expiresIn, seconds(jwtPart((String) created.json().get("jwt"), 1).get("exp")));
    }

    @Test
    void answers_partner_info_for_the_token_with_its_mode_and_scopes() {
        Tenant tenant = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        Response info = partnerInfo(token.bearer());
        assertInfo(info, tenant, token, "test", Map.of("balance", Map.of("actions", List.of("read_one"))));
        Token live = token(tenant.bearer(), tenant.partnerId(), "live",
                "{\"orders\":{\"actions\":[\"read_many\",\"create_one\"]}}");
        assertInfo(partnerInfo(live.bearer()), tenant, live, "live",
                Map.of("orders", Map.of("actions", List.of("create_one", "read_many"))));
        assertInfo(call("GET", "/v1/partner/info", null, "Authorization", "bearer " + token.jwt()), tenant, token,
                "test", Map.of("balance", Map.of("actions", List.of("read_one"))));
    }

    // --- bad bearers on seed 002 -------------------------------------------------------------------------

    enum BadBearer {
        MISSING,
        EMPTY_BEARER,
        NO_BEARER_PREFIX,
        BASIC_SCHEME,
        TOKEN_SCHEME,
        GARBAGE,
        TWO_PARTS,
        TAMPERED_TENANT,
        TAMPERED_SCOPES,
        TAMPERED_KIND,
        SIGNED_WITH_ANOTHER_SECRET,
        ALG_NONE,
        SIGNATURE_STRIPPED,
        SESSION_TOKEN,
        RESELLER_TOKEN,
        API_KEY_AS_BEARER,
        OPERATOR_TOKEN,
        REVOKED,
        EXPIRED,
        SUSPENDED_PARTNER
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadBearer.class)
    void refuses_a_bad_bearer_with_401_in_the_partner_envelope(BadBearer bad) {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        String jwt = token.jwt();
        String payload = TestJwts.decode(TestJwts.parts(jwt)[1]);
        String authorization = switch (bad) {
            case MISSING -> null;
            case EMPTY_BEARER -> "Bearer ";
            case NO_BEARER_PREFIX -> jwt;
            case BASIC_SCHEME -> "Basic " + jwt;
            case TOKEN_SCHEME -> "Token " + jwt;
            case GARBAGE -> "Bearer garbage";
            case TWO_PARTS -> "Bearer " + TestJwts.parts(jwt)[0] + "." + TestJwts.parts(jwt)[1];
            case TAMPERED_TENANT -> "Bearer " + TestJwts.tampered(jwt, tenant.partnerId(), other.partnerId());
            case TAMPERED_SCOPES -> "Bearer " + TestJwts.tampered(jwt, "balance.read_one", "balance.read_many");
            case TAMPERED_KIND -> "Bearer " + TestJwts.tampered(jwt, "access_token", "session");
            case SIGNED_WITH_ANOTHER_SECRET -> "Bearer " + TestJwts.signed(TestJwts.HS256_HEADER, payload,
                    "another secret of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII));
            case ALG_NONE -> "Bearer " + TestJwts.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                    + TestJwts.parts(jwt)[1] + ".";
            case SIGNATURE_STRIPPED -> "Bearer " + TestJwts.parts(jwt)[0] + "." + TestJwts.parts(jwt)[1] + ".";
            case SESSION_TOKEN -> tenant.bearer();
            case RESELLER_TOKEN -> {
                Key key = operatorKey(tenant.partnerId());
                Response generated = call("POST", "/Token/Generate", null, "ApiKey", key.apiKey());
                assertEquals(200, generated.status(), generated.body());
                yield "Bearer " + ((Map<?, ?>) generated.json().get("data")).get("token");
            }
            case API_KEY_AS_BEARER -> "Bearer " + operatorKey(tenant.partnerId()).apiKey();
            case OPERATOR_TOKEN -> "Bearer " + OPERATOR_TOKEN;
            case REVOKED -> {
                assertEquals(200, revoke(tenant, token.id()).status());
                yield token.bearer();
            }
            case EXPIRED -> {
                Token shortLived = shortLived(tenant, 120);
                clock.advance(Duration.ofSeconds(121));
                yield shortLived.bearer();
            }
            case SUSPENDED_PARTNER -> {
                assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null)
                        .status());
                yield token.bearer();
            }
        };
        assertPartnerError(partnerInfo(authorization), 401, NO_ERRORS);
        if (bad != BadBearer.REVOKED && bad != BadBearer.SUSPENDED_PARTNER) {
            clock.reset();
            assertEquals(200, partnerInfo(token.bearer()).status(), "the genuine token still works");
        }
    }

    @Test
    void refuses_a_token_at_once_when_it_is_revoked() {
        Tenant tenant = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        Token kept = token(tenant, BALANCE_READ_ONE);
        assertEquals(200, partnerInfo(token.bearer()).status());
        Instant before = clock.instant();
        Response revoked = revoke(tenant, token.id());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(TOKEN_FIELDS, revoked.json().keySet(), revoked.body());
        Instant revokedAt = Instant.parse((String) revoked.json().get("revokedAt"));
        assertFalse(revokedAt.isBefore(before.minusMillis(1)), revoked.body());
        String message = assertPartnerError(partnerInfo(token.bearer()), 401, NO_ERRORS);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("revoked"), message);
        assertEquals(200, partnerInfo(kept.bearer()).status(), "other tokens are untouched");
        Response one = call("GET", "/api/accesstoken/" + token.id(), null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId());
        assertEquals(revoked.json().get("revokedAt"), one.json().get("revokedAt"));
    }

    @Test
    void refuses_a_token_once_the_clock_passes_its_expiry() {
        Tenant tenant = newTenant();
        Token token = shortLived(tenant, 120);
        clock.advance(Duration.ofSeconds(110));
        assertEquals(200, partnerInfo(token.bearer()).status());
        clock.advance(Duration.ofSeconds(11));
        String message = assertPartnerError(partnerInfo(token.bearer()), 401, NO_ERRORS);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("expired"), message);
    }

    @Test
    void refuses_a_token_of_a_suspended_partner_and_accepts_it_again_once_activated() {
        Tenant tenant = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null);
        assertPartnerError(partnerInfo(token.bearer()), 401, NO_ERRORS);
        operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/activate", null);
        assertEquals(200, partnerInfo(token.bearer()).status());
    }

    // --- creation refused (seed 004's envelope) ----------------------------------------------------------

    static Stream<Arguments> refusedCreations() {
        return Stream.of(
                Arguments.of("unknown resource", "test", "{\"scopes\":{\"teleport\":{\"actions\":[\"read_one\"]}}}",
                        400, "teleport"),
                Arguments.of("unknown action", "test", "{\"scopes\":{\"balance\":{\"actions\":[\"write_all\"]}}}",
                        400, "write_all"),
                Arguments.of("another resource's action", "test",
                        "{\"scopes\":{\"balance\":{\"actions\":[\"create_one\"]}}}", 400, "create_one"),
                Arguments.of("action in wrong case", "test", "{\"scopes\":{\"balance\":{\"actions\":[\"READ_ONE\"]}}}",
                        400, "READ_ONE"),
                Arguments.of("scopes missing", "test", "{\"description\":\"x\"}", 400, "scopes"),
                Arguments.of("scopes an array", "test", "{\"scopes\":[\"balance.read_one\"]}", 400, "scopes"),
                Arguments.of("actions missing", "test", "{\"scopes\":{\"balance\":{}}}", 400, "actions"),
                Arguments.of("actions a string", "test", "{\"scopes\":{\"balance\":{\"actions\":\"read_one\"}}}",
                        400, "actions"),
                Arguments.of("expiresIn in the past", "test",
                        "{\"expiresIn\":PAST,\"scopes\":" + BALANCE_READ_ONE + "}", 400, "expiresIn"),
                Arguments.of("expiresIn now", "test", "{\"expiresIn\":NOW,\"scopes\":" + BALANCE_READ_ONE + "}", 400,
                        "expiresIn"),
                Arguments.of("expiresIn relative seconds", "test",
                        "{\"expiresIn\":3600,\"scopes\":" + BALANCE_READ_ONE + "}", 400, "expiresIn"),
                Arguments.of("expiresIn beyond the five-year maximum", "test",
                        "{\"expiresIn\":BEYOND,\"scopes\":" + BALANCE_READ_ONE + "}", 400, "expiresIn"),
                Arguments.of("expiresIn in milliseconds", "test",
                        "{\"expiresIn\":MILLIS,\"scopes\":" + BALANCE_READ_ONE + "}", 400, "expiresIn"),
                Arguments.of("expiresIn a string", "test",
                        "{\"expiresIn\":\"1843565761\",\"scopes\":" + BALANCE_READ_ONE + "}", 400, "expiresIn"),
                Arguments.of("description overlong", "test",
                        "{\"description\":\"" + "d".repeat(201) + "\",\"scopes\":" + BALANCE_READ_ONE + "}", 400,
                        "description"),
                Arguments.of("mode missing", null, "{\"scopes\":" + BALANCE_READ_ONE + "}", 400, "mode"),
                Arguments.of("mode unknown", "prod", "{\"scopes\":" + BALANCE_READ_ONE + "}", 400, "mode"),
                Arguments.of("mode empty", "", "{\"scopes\":" + BALANCE_READ_ONE + "}", 400, "mode"),
                Arguments.of("body not json", "test", "{\"scopes\":", 400, "JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCreations")
    void refuses_a_creation_in_the_certificates_envelope_naming_the_culprit(String label, String mode, String body,
            int status, String named) {
        Tenant tenant = newTenant();
        long now = nowSeconds();
        String sent = body.replace("PAST", Long.toString(now - 60)).replace("NOW", Long.toString(now))
                .replace("MILLIS", Long.toString((now + 3600) * 1000))
                .replace("BEYOND", Long.toString(now + Duration.ofDays(5 * 365 + 1).toSeconds()));
        String message = assertCertificatesError(createToken(tenant.bearer(), tenant.partnerId(), mode, sent),
                status, PATH);
        assertTrue(message.contains(named), message);
        assertNoTokens(tenant);
    }

    @Test
    void refuses_a_creation_without_the_company_header_or_with_a_malformed_one() {
        Tenant tenant = newTenant();
        String body = "{\"scopes\":" + BALANCE_READ_ONE + "}";
        Response missing = call("POST", "/api/accesstoken?mode=test", body, "Authorization", tenant.bearer(),
                "Content-Type", JSON);
        assertTrue(assertCertificatesError(missing, 400, PATH).contains("company"));
        Response malformed = createToken(tenant.bearer(), "acme", "test", body);
        assertTrue(assertCertificatesError(malformed, 400, PATH).contains("company"));
        assertNoTokens(tenant);
    }

    @Test
    void refuses_a_creation_for_another_partners_company_with_403() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Response refused = createToken(a.bearer(), b.partnerId(), "test", "{\"scopes\":" + BALANCE_READ_ONE + "}");
        assertCertificatesError(refused, 403, PATH);
        assertNoTokens(b);
        assertNoTokens(a);
    }

    @Test
    void refuses_a_creation_without_a_standing_session_or_access_token_with_401() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        String body = "{\"scopes\":" + BALANCE_READ_ONE + "}";
        assertCertificatesError(call("POST", "/api/accesstoken?mode=test", body, "company", tenant.partnerId(),
                "Content-Type", JSON), 401, PATH);
        assertCertificatesError(call("POST", "/api/accesstoken?mode=test", body, "company", tenant.partnerId(),
                "Content-Type", JSON, "X-API-Key", key.username(), "X-API-Secret", key.secret()), 401, PATH);
        assertCertificatesError(createToken("Bearer " + key.apiKey(), tenant.partnerId(), "test", body), 401, PATH);
        assertCertificatesError(createToken(tenant.session(), tenant.partnerId(), "test", body), 401, PATH);
        clock.advance(Duration.ofMinutes(16));
        assertCertificatesError(createToken(tenant.bearer(), tenant.partnerId(), "test", body), 401, PATH);
    }

    // --- updating ----------------------------------------------------------------------------------------

    @Test
    void an_update_of_scopes_and_description_takes_effect_at_once() {
        Tenant tenant = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        assertInfo(partnerInfo(token.bearer()), tenant, token, "test",
                Map.of("balance", Map.of("actions", List.of("read_one"))));

        Response updated = call("PATCH", "/api/accesstoken/" + token.id(),
                "{\"description\":\"renamed\",\"scopes\":{\"balance\":{\"actions\":[\"read_one\",\"read_many\"]},"
                        + "\"products\":{\"actions\":[\"read_many\"]}}}",
                "Authorization", tenant.bearer(), "company", tenant.partnerId(), "Content-Type", JSON);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(TOKEN_FIELDS, updated.json().keySet(), "an update never shows the jwt");
        assertEquals("renamed", updated.json().get("description"));
        Map<String, Object> widened = Map.of("balance", Map.of("actions", List.of("read_many", "read_one")),
                "products", Map.of("actions", List.of("read_many")));
        assertEquals(widened, updated.json().get("scopes"));
        assertInfo(partnerInfo(token.bearer()), tenant, token, "test", widened);

        Response description = call("PATCH", "/api/accesstoken/" + token.id(), "{\"description\":\"only this\"}",
                "Authorization", tenant.bearer(), "company", tenant.partnerId(), "Content-Type", JSON);
        assertEquals(200, description.status(), description.body());
        assertEquals(widened, description.json().get("scopes"), "scopes are kept when not sent");

        Response narrowed = call("PATCH", "/api/accesstoken/" + token.id(),
                "{\"scopes\":{\"products\":{\"actions\":[\"read_many\"]}}}",
                "Authorization", tenant.bearer(), "company", tenant.partnerId(), "Content-Type", JSON);
        assertEquals(200, narrowed.status(), narrowed.body());
        assertEquals("only this", narrowed.json().get("description"));
        assertInfo(partnerInfo(token.bearer()), tenant, token, "test",
                Map.of("products", Map.of("actions", List.of("read_many"))));
    }

    @Test
    void refuses_an_empty_or_invalid_update_with_400() {
        Tenant tenant = newTenant();
        Token token = token(tenant, BALANCE_READ_ONE);
        for (String body : List.of("{}", "{\"scopes\":{\"balance\":{\"actions\":[\"fly\"]}}}",
                "{\"description\":\"\"}")) {
            Response refused = call("PATCH", "/api/accesstoken/" + token.id(), body, "Authorization", tenant.bearer(),
                    "company", tenant.partnerId(), "Content-Type", JSON);
            assertCertificatesError(refused, 400, PATH + "/" + token.id());
        }
        assertInfo(partnerInfo(token.bearer()), tenant, token, "test",
                Map.of("balance", Map.of("actions", List.of("read_one"))));
    }

    // --- tokens managing tokens --------------------------------------------------------------------------

    @Test
    void a_token_with_accesstoken_create_one_hands_on_a_subset_of_its_scopes_but_never_more() {
        Tenant tenant = newTenant();
        Token parent = token(tenant, "{\"accesstoken\":{\"actions\":[\"create_one\"]},"
                + "\"balance\":{\"actions\":[\"read_one\",\"read_many\"]}}");
        Token child = token(parent.bearer(), tenant.partnerId(), "test", BALANCE_READ_ONE);
        assertInfo(partnerInfo(child.bearer()), tenant, child, "test",
                Map.of("balance", Map.of("actions", List.of("read_one"))));
        assertEquals(201, createToken(parent.bearer(), tenant.partnerId(), "test",
                "{\"scopes\":{\"accesstoken\":{\"actions\":[\"create_one\"]}}}").status(), "its own scope too");

        for (String more : List.of("{\"orders\":{\"actions\":[\"read_one\"]}}",
                "{\"balance\":{\"actions\":[\"read_one\"]},\"products\":{\"actions\":[\"read_many\"]}}",
                "{\"accesstoken\":{\"actions\":[\"create_one\",\"delete_one\"]}}",
                "{\"keys\":{\"actions\":[\"create_one\"]}}")) {
            Response refused = createToken(parent.bearer(), tenant.partnerId(), "test", "{\"scopes\":" + more + "}");
            assertCertificatesError(refused, 403, PATH);
        }
    }

    @Test
    void a_test_mode_token_cannot_make_a_live_mode_token() {
        Tenant tenant = newTenant();
        Token parent = token(tenant, "{\"accesstoken\":{\"actions\":[\"create_one\"]},"
                + "\"balance\":{\"actions\":[\"read_one\"]}}");
        Response refused = createToken(parent.bearer(), tenant.partnerId(), "live",
                "{\"scopes\":" + BALANCE_READ_ONE + "}");
        assertCertificatesError(refused, 403, PATH);
        assertEquals(201, createToken(parent.bearer(), tenant.partnerId(), "test",
                "{\"scopes\":" + BALANCE_READ_ONE + "}").status());
    }

    @Test
    void a_token_with_accesstoken_update_one_cannot_widen_another_beyond_its_own_scopes() {
        Tenant tenant = newTenant();
        Token target = token(tenant, BALANCE_READ_ONE);
        Token updater = token(tenant, "{\"accesstoken\":{\"actions\":[\"update_one\"]},"
                + "\"balance\":{\"actions\":[\"read_one\",\"read_many\"]}}");
        Response widened = call("PATCH", "/api/accesstoken/" + target.id(),
                "{\"scopes\":{\"orders\":{\"actions\":[\"create_one\"]}}}", "Authorization", updater.bearer(),
                "company", tenant.partnerId(), "Content-Type", JSON);
        assertCertificatesError(widened, 403, PATH + "/" + target.id());
        Response allowed = call("PATCH", "/api/accesstoken/" + target.id(),
                "{\"scopes\":{\"balance\":{\"actions\":[\"read_many\"]}}}", "Authorization", updater.bearer(),
                "company", tenant.partnerId(), "Content-Type", JSON);
        assertEquals(200, allowed.status(), allowed.body());
        assertInfo(partnerInfo(target.bearer()), tenant, target, "test",
                Map.of("balance", Map.of("actions", List.of("read_many"))));
    }

    @Test
    void a_token_without_accesstoken_scopes_may_do_nothing_with_tokens() {
        Tenant tenant = newTenant();
        Token victim = token(tenant, BALANCE_READ_ONE);
        Token caller = token(tenant, "{\"balance\":{\"actions\":[\"read_one\",\"read_many\"]}}");
        String[] auth = {"Authorization", caller.bearer(), "company", tenant.partnerId()};
        assertCertificatesError(createToken(caller.bearer(), tenant.partnerId(), "test",
                "{\"scopes\":" + BALANCE_READ_ONE + "}"), 403, PATH);
        assertCertificatesError(call("GET", "/api/accesstoken", null, auth), 403, PATH);
        assertCertificatesError(call("GET", "/api/accesstoken/" + victim.id(), null, auth), 403,
                PATH + "/" + victim.id());
        assertCertificatesError(call("PATCH", "/api/accesstoken/" + victim.id(), "{\"description\":\"x\"}",
                headers(auth, "Content-Type", JSON)), 403, PATH + "/" + victim.id());
        assertCertificatesError(call("DELETE", "/api/accesstoken/" + victim.id(), null, auth), 403,
                PATH + "/" + victim.id());
        assertEquals(200, partnerInfo(victim.bearer()).status(), "the victim is untouched");
    }

    @Test
    void a_token_with_read_and_delete_scopes_can_list_and_revoke() {
        Tenant tenant = newTenant();
        Token victim = token(tenant, BALANCE_READ_ONE);
        Token manager = token(tenant, "{\"accesstoken\":{\"actions\":[\"read_one\",\"read_many\",\"delete_one\"]}}");
        String[] auth = {"Authorization", manager.bearer(), "company", tenant.partnerId()};
        assertEquals(2, call("GET", "/api/accesstoken", null, auth).jsonList().size());
        assertEquals(200, call("GET", "/api/accesstoken/" + victim.id(), null, auth).status());
        assertEquals(200, call("DELETE", "/api/accesstoken/" + victim.id(), null, auth).status());
        assertPartnerError(partnerInfo(victim.bearer()), 401, NO_ERRORS);
    }

    // --- other partners ----------------------------------------------------------------------------------

    @Test
    void another_partners_token_is_not_found_for_a_member_acting_for_their_own_company() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Token token = token(a, BALANCE_READ_ONE);
        String[] asB = {"Authorization", b.bearer(), "company", b.partnerId()};
        String path = PATH + "/" + token.id();
        assertCertificatesError(call("GET", "/api/accesstoken/" + token.id(), null, asB), 404, path);
        assertCertificatesError(call("PATCH", "/api/accesstoken/" + token.id(), "{\"description\":\"mine\"}",
                headers(asB, "Content-Type", JSON)), 404, path);
        assertCertificatesError(call("DELETE", "/api/accesstoken/" + token.id(), null, asB), 404, path);
        assertEquals(List.of(), call("GET", "/api/accesstoken", null, asB).jsonList());

        String[] bForA = {"Authorization", b.bearer(), "company", a.partnerId()};
        assertCertificatesError(call("GET", "/api/accesstoken/" + token.id(), null, bForA), 403, path);
        assertCertificatesError(call("DELETE", "/api/accesstoken/" + token.id(), null, bForA), 403, path);
        assertCertificatesError(call("GET", "/api/accesstoken", null, bForA), 403, PATH);

        assertInfo(partnerInfo(token.bearer()), a, token, "test",
                Map.of("balance", Map.of("actions", List.of("read_one"))));
    }

    @Test
    void an_unknown_or_malformed_token_id_is_not_found() {
        Tenant tenant = newTenant();
        for (String id : List.of("0193a1c2-0000-7000-8000-00000000abcd", "not-a-uuid", "42")) {
            assertCertificatesError(call("GET", "/api/accesstoken/" + id, null, "Authorization", tenant.bearer(),
                    "company", tenant.partnerId()), 404, PATH + "/" + id);
            assertCertificatesError(call("DELETE", "/api/accesstoken/" + id, null, "Authorization", tenant.bearer(),
                    "company", tenant.partnerId()), 404, PATH + "/" + id);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Token shortLived(Tenant tenant, long seconds) {
        Response created = createToken(tenant.bearer(), tenant.partnerId(), "test", "{\"expiresIn\":"
                + (nowSeconds() + seconds) + ",\"scopes\":" + BALANCE_READ_ONE + "}");
        assertEquals(201, created.status(), created.body());
        return new Token((String) created.json().get("id"), (String) created.json().get("jwt"));
    }

    private Response revoke(Tenant tenant, String id) {
        return call("DELETE", "/api/accesstoken/" + id, null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId());
    }

    private void assertNoTokens(Tenant tenant) {
        Response list = call("GET", "/api/accesstoken", null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId());
        assertEquals(200, list.status(), list.body());
        assertEquals(List.of(), list.jsonList(), "a refused creation leaves no token behind");
    }

    @SuppressWarnings("unchecked")
    private void assertInfo(Response info, Tenant tenant, Token token, String mode, Map<String, Object> scopes) {
        assertEquals(200, info.status(), info.body());
        Map<String, Object> body = info.json();
        assertEquals(Set.of("success", "data"), body.keySet(), info.body());
        assertEquals(true, body.get("success"));
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertEquals(Set.of("id", "name", "currency", "status", "created_at", "token"), data.keySet(), info.body());
        assertEquals(tenant.partnerId(), data.get("id"));
        assertEquals("EUR", data.get("currency"));
        assertEquals("active", data.get("status"));
        assertTrue(ISO_MILLIS_UTC.matcher((String) data.get("created_at")).matches(), info.body());
        Map<String, Object> tokenView = (Map<String, Object>) data.get("token");
        assertNotNull(tokenView, info.body());
        assertEquals(Map.of("id", token.id(), "mode", mode, "scopes", scopes), tokenView);
        assertFalse(info.body().contains(token.jwt()), "info never echoes the token");
    }
}
