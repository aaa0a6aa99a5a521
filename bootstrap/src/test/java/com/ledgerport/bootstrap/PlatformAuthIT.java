package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.Authenticated;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.Reason;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.Rejected;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.ResellerPrincipal;
import com.ledgerport.domain.access.TokenKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 001 over real HTTP: the {@code ApiKey} header of the Supplier (and Payment) API — one header, any
 * letter case, 401 with code -23 for every bad key, 403 when the tenant lacks the API — and Generate Token,
 * which trades an API key for an HS256 Reseller API token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformAuthIT extends CredentialSuiteSupport {

    private static final int BAD_API_KEY = -23;
    private static final String GENERATE = "/Token/Generate";
    private static final String UNKNOWN_KEY = "ak_live_0123456789abcdef01234567" + "A".repeat(43);
    /** A supplier that stocks no product lists nothing, and there is no next page. */
    private static final Map<String, Object> EMPTY_LIST = Map.of("code", 0, "message", "OK",
            "data", emptyPage());

    private static Map<String, Object> emptyPage() {
        Map<String, Object> page = new java.util.HashMap<>();
        page.put("items", List.of());
        page.put("next_cursor", null);
        return page;
    }

    /** Used only where no HTTP endpoint accepts a Reseller token yet (see the test's comment). */
    @Inject
    AuthenticateBearerUseCase authenticateBearer;

    // --- ApiKey header: good -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ApiKey", "apikey", "APIKEY", "aPiKeY"})
    void accepts_the_single_string_key_under_any_letter_case_of_the_header_name(String header) {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        Response listed = call("POST", "/Supplier/Products/List", "{}", header, key.apiKey(),
                "Content-Type", JSON);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(EMPTY_LIST, listed.json());
    }

    @Test
    void accepts_a_test_mode_key_and_the_callers_own_tenant_id() {
        Tenant tenant = newTenant();
        Key test = operatorKey(tenant.partnerId(), "\"mode\":\"test\"");
        assertTrue(test.apiKey().startsWith("ak_test_"));
        assertEquals(EMPTY_LIST, supplier(test.apiKey()).json());
        Response own = supplier(test.apiKey(), "X-Tenant-Id", tenant.partnerId());
        assertEquals(200, own.status(), own.body());
    }

    // --- ApiKey header: refused --------------------------------------------------------------------------

    enum BadKey {
        MISSING,
        EMPTY,
        MALFORMED,
        TRUNCATED,
        PUBLIC_KEY_ONLY,
        SECRET_ONLY,
        BEARER_SCHEME,
        WRONG_SECRET,
        WRONG_MODE,
        UNKNOWN,
        EXPIRED,
        REVOKED,
        OTHER_TENANT,
        MALFORMED_TENANT,
        SUSPENDED_PARTNER,
        SEED_000_HEADERS_INSTEAD,
        AUTHORIZATION_INSTEAD
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadKey.class)
    void refuses_a_bad_key_with_401_and_code_minus_23(BadKey bad) {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        Key key = operatorKey(tenant.partnerId(), "\"ttl_seconds\":600");
        Key member = memberKey(tenant, "");
        String[] headers = switch (bad) {
            case MISSING -> new String[0];
            case EMPTY -> new String[] {"ApiKey", ""};
            case MALFORMED -> new String[] {"ApiKey", "ak_live_8f3b1c0e5a4d4f2c9b1e7d6c5a4b3c2d"};
            case TRUNCATED -> new String[] {"ApiKey", key.apiKey().substring(0, key.apiKey().length() - 1)};
            case PUBLIC_KEY_ONLY -> new String[] {"ApiKey", key.username()};
            case SECRET_ONLY -> new String[] {"ApiKey", key.secret()};
            case BEARER_SCHEME -> new String[] {"ApiKey", "Bearer " + key.apiKey()};
            case WRONG_SECRET -> new String[] {"ApiKey", S2sAuthIT.flipLast(key.apiKey())};
            case WRONG_MODE -> new String[] {"ApiKey", key.apiKey().replace("ak_live_", "ak_test_")};
            case UNKNOWN -> new String[] {"ApiKey", UNKNOWN_KEY};
            case EXPIRED -> {
                clock.advance(Duration.ofSeconds(601));
                yield new String[] {"ApiKey", key.apiKey()};
            }
            case REVOKED -> {
                assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/"
                        + key.id() + "/expire", null).status());
                yield new String[] {"ApiKey", key.apiKey()};
            }
            case OTHER_TENANT -> new String[] {"ApiKey", key.apiKey(), "X-Tenant-Id", other.partnerId()};
            case MALFORMED_TENANT -> new String[] {"ApiKey", key.apiKey(), "X-Tenant-Id", "acme"};
            case SUSPENDED_PARTNER -> {
                assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null)
                        .status());
                yield new String[] {"ApiKey", key.apiKey()};
            }
            case SEED_000_HEADERS_INSTEAD -> new String[] {"X-API-Key", member.username(), "X-API-Secret",
                member.secret()};
            case AUTHORIZATION_INSTEAD -> new String[] {"Authorization", "Bearer " + key.apiKey()};
        };
        Response refused = call("POST", "/Supplier/Products/List", "{}", headers(headers, "Content-Type", JSON));
        assertPlatformError(refused, 401, BAD_API_KEY);
        if (bad != BadKey.EXPIRED && bad != BadKey.REVOKED && bad != BadKey.SUSPENDED_PARTNER) {
            assertEquals(200, supplier(key.apiKey()).status(), "the genuine key still works");
        }
    }

    @Test
    void refuses_a_key_of_a_partner_without_the_supplier_api_with_403_and_restores_it_at_once() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertEquals(200, supplier(key.apiKey()).status());

        Response narrowed = setSurfaces(tenant.partnerId(), "reseller");
        assertEquals(200, narrowed.status(), narrowed.body());
        assertEquals(Map.of("surfaces", List.of("reseller")), narrowed.json());
        int code = assertPlatformError(supplier(key.apiKey()), 403);
        assertTrue(code != BAD_API_KEY, "403 is not the bad-key code: " + code);
        assertEquals(200, generate(key.apiKey()).status(), "the reseller API is still allowed");

        assertEquals(200, setSurfaces(tenant.partnerId(), "supplier", "reseller", "payment", "storefront").status());
        assertEquals(200, supplier(key.apiKey()).status());
    }

    @Test
    void checks_the_key_before_the_surface() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertEquals(200, setSurfaces(tenant.partnerId(), "reseller").status());
        assertPlatformError(supplier(S2sAuthIT.flipLast(key.apiKey())), 401, BAD_API_KEY);
        assertPlatformError(supplier(key.apiKey(), "X-Tenant-Id", newTenant().partnerId()), 401, BAD_API_KEY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"surfaces\":[\"supplier\",\"wholesale\"]}", "{\"surfaces\":\"supplier\"}",
        "{\"surfaces\":[42]}", "{}", "{\"surfaces\":null}"})
    void refuses_unknown_or_mistyped_surfaces_naming_the_field(String body) {
        Tenant tenant = newTenant();
        Response refused = operator("PUT", "/admin/v1/partners/" + tenant.partnerId() + "/surfaces", body);
        assertErrorObject(refused, 400, "bad_request", "surfaces");
        assertEquals(200, supplier(operatorKey(tenant.partnerId()).apiKey()).status(), "nothing changed");
    }

    @Test
    void answers_404_for_the_surfaces_of_an_unknown_partner() {
        assertErrorObject(setSurfaces("0193a1c2-0000-7000-8000-00000000abcd", "reseller"), 404, "not_found", null);
    }

    @Test
    void an_empty_surface_list_takes_every_api_away() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertEquals(Map.of("surfaces", List.of()), setSurfaces(tenant.partnerId()).json());
        assertPlatformError(supplier(key.apiKey()), 403);
        assertPlatformError(generate(key.apiKey()), 403);
        assertEquals(200, s2s(key).status(), "seed 000's S2S REST is not a seed-001 surface");
    }

    // --- Generate Token ----------------------------------------------------------------------------------

    @Test
    void generates_an_hs256_reseller_token_from_the_api_key_header() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        long before = nowSeconds();
        Response generated = generate(key.apiKey());
        assertResellerToken(generated, tenant, before, Duration.ofHours(1).toSeconds());
    }

    @Test
    void generates_a_reseller_token_from_api_key_in_the_body() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        long before = nowSeconds();
        Response generated = call("POST", GENERATE, "{\"api_key\":\"" + key.apiKey() + "\"}",
                "Content-Type", JSON);
        assertResellerToken(generated, tenant, before, Duration.ofHours(1).toSeconds());
    }

    @Test
    void never_lets_a_reseller_token_outlive_its_key() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId(), "\"ttl_seconds\":600");
        long before = nowSeconds();
        Response generated = generate(key.apiKey());
        assertResellerToken(generated, tenant, before, 600);
        long exp = seconds(jwtPart(token(generated), 1).get("exp"));
        assertEquals(key.expiresAt(), exp, "the token expires with its key");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = BadKey.class, names = {"MISSING", "EMPTY", "MALFORMED", "WRONG_SECRET", "WRONG_MODE", "UNKNOWN",
        "EXPIRED", "REVOKED", "SUSPENDED_PARTNER", "SEED_000_HEADERS_INSTEAD", "AUTHORIZATION_INSTEAD"})
    void refuses_to_generate_a_token_for_a_bad_key_with_401_and_code_minus_23(BadKey bad) {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId(), "\"ttl_seconds\":600");
        String presented = switch (bad) {
            case MISSING, SEED_000_HEADERS_INSTEAD, AUTHORIZATION_INSTEAD -> null;
            case EMPTY -> "";
            case MALFORMED -> "ak_live_nope";
            case WRONG_SECRET -> S2sAuthIT.flipLast(key.apiKey());
            case WRONG_MODE -> key.apiKey().replace("ak_live_", "ak_test_");
            case UNKNOWN -> UNKNOWN_KEY;
            case EXPIRED -> {
                clock.advance(Duration.ofSeconds(601));
                yield key.apiKey();
            }
            case REVOKED -> {
                operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/" + key.id() + "/expire",
                        null);
                yield key.apiKey();
            }
            case SUSPENDED_PARTNER -> {
                operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null);
                yield key.apiKey();
            }
            default -> throw new IllegalArgumentException(bad.name());
        };
        String[] other = switch (bad) {
            case SEED_000_HEADERS_INSTEAD -> new String[] {"X-API-Key", key.username(), "X-API-Secret", key.secret()};
            case AUTHORIZATION_INSTEAD -> new String[] {"Authorization", "Bearer " + key.apiKey()};
            default -> new String[0];
        };
        if (presented != null) {
            assertPlatformError(call("POST", GENERATE, null, "ApiKey", presented), 401, BAD_API_KEY);
            if (!presented.isEmpty()) {
                assertPlatformError(call("POST", GENERATE, "{\"api_key\":\"" + presented + "\"}",
                        "Content-Type", JSON), 401, BAD_API_KEY);
            }
        } else {
            assertPlatformError(call("POST", GENERATE, "{}", headers(other, "Content-Type", JSON)), 401,
                    BAD_API_KEY);
            assertPlatformError(call("POST", GENERATE, null, other), 401, BAD_API_KEY);
        }
    }

    @Test
    void refuses_to_generate_a_token_when_the_partner_lacks_the_reseller_api() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertEquals(200, setSurfaces(tenant.partnerId(), "supplier", "payment").status());
        int code = assertPlatformError(generate(key.apiKey()), 403);
        assertTrue(code != BAD_API_KEY, "403 is not the bad-key code");
        assertPlatformError(call("POST", GENERATE, "{\"api_key\":\"" + key.apiKey() + "\"}", "Content-Type", JSON),
                403);
        assertEquals(200, supplier(key.apiKey()).status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"api_key\":42}", "{\"api_key\":[\"ak\"]}", "not json"})
    void refuses_a_mistyped_body_with_400(String body) {
        assertPlatformError(call("POST", GENERATE, body, "Content-Type", JSON), 400);
    }

    /**
     * Expiring the API key must make its Reseller tokens unusable. No HTTP endpoint accepts a Reseller token
     * yet (the Reseller API — /Orders — arrives with the orders issue), so this checks the one verification path
     * every bearer endpoint uses, in the running server with its real storage and credential cache; and over
     * HTTP it checks that a Reseller token opens none of the bearer endpoints that exist.
     */
    @Test
    void a_reseller_token_stops_verifying_once_its_api_key_is_expired() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        String jwt = token(generate(key.apiKey()));
        AuthenticateBearerCommand reseller = new AuthenticateBearerCommand(jwt, Set.of(TokenKind.RESELLER),
                Optional.of(PartnerSurface.RESELLER), "test");
        Authenticated authenticated = assertInstanceOf(Authenticated.class, authenticateBearer.authenticate(reseller));
        ResellerPrincipal principal = assertInstanceOf(ResellerPrincipal.class, authenticated.principal());
        assertEquals(tenant.partnerId(), principal.partnerId().toString());
        assertEquals(key.id(), principal.keyId().value());

        assertEquals(401, partnerInfo("Bearer " + jwt).status(), "not an S2S access token");
        assertEquals(401, listKeys("Bearer " + jwt).status(), "not a session");
        assertEquals(401, supplier(jwt).status(), "not an API key");

        assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/" + key.id()
                + "/expire", null).status());
        Rejected rejected = assertInstanceOf(Rejected.class, authenticateBearer.authenticate(reseller));
        assertEquals(Reason.REVOKED, rejected.reason());
    }

    @Test
    void a_reseller_token_stops_verifying_when_its_partner_is_suspended_or_loses_the_reseller_api() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        AuthenticateBearerCommand reseller = new AuthenticateBearerCommand(token(generate(key.apiKey())),
                Set.of(TokenKind.RESELLER), Optional.of(PartnerSurface.RESELLER), "test");
        assertInstanceOf(Authenticated.class, authenticateBearer.authenticate(reseller));
        assertEquals(200, setSurfaces(tenant.partnerId(), "supplier").status());
        Rejected narrowed = assertInstanceOf(Rejected.class, authenticateBearer.authenticate(reseller));
        assertTrue(narrowed.isForbidden(), "a 403, not a 401");
        assertEquals(200, setSurfaces(tenant.partnerId(), "reseller").status());
        assertInstanceOf(Authenticated.class, authenticateBearer.authenticate(reseller));
        operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null);
        assertEquals(Reason.PARTNER_SUSPENDED,
                assertInstanceOf(Rejected.class, authenticateBearer.authenticate(reseller)).reason());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Response generate(String apiKey) {
        return call("POST", GENERATE, null, "ApiKey", apiKey);
    }

    @SuppressWarnings("unchecked")
    private static String token(Response generated) {
        return (String) ((Map<String, Object>) generated.json().get("data")).get("token");
    }

    @SuppressWarnings("unchecked")
    private void assertResellerToken(Response generated, Tenant tenant, long before, long lifetime) {
        long after = nowSeconds();
        assertEquals(200, generated.status(), generated.body());
        Map<String, Object> body = generated.json();
        assertEquals(Set.of("code", "message", "data"), body.keySet(), generated.body());
        assertEquals(0, body.get("code"));
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertEquals(Set.of("token", "token_type", "expires_in", "expires_at"), data.keySet(), generated.body());
        assertEquals("Bearer", data.get("token_type"));
        long expiresIn = seconds(data.get("expires_in"));
        assertTrue(expiresIn <= lifetime && expiresIn >= lifetime - 5, "expires_in " + expiresIn);
        Instant expiresAt = Instant.parse((String) data.get("expires_at"));
        assertTrue(ISO_MILLIS_UTC.matcher((String) data.get("expires_at")).matches(), generated.body());
        assertAbout(before + lifetime, expiresAt.getEpochSecond(), 5, "expires_at");

        String jwt = (String) data.get("token");
        Map<String, Object> header = jwtPart(jwt, 0);
        assertEquals("HS256", header.get("alg"));
        Map<String, Object> claims = jwtPart(jwt, 1);
        assertEquals(tenant.partnerId(), claims.get("sub"), "the subject is the partner");
        assertEquals(tenant.partnerId(), claims.get("tenant"));
        assertEquals(expiresAt.getEpochSecond(), seconds(claims.get("exp")));
        long iat = seconds(claims.get("iat"));
        assertTrue(iat >= before && iat <= after, "iat " + iat);
        List<String> scopes = (List<String>) claims.get("scopes");
        assertTrue(scopes.containsAll(List.of("orders.create_one", "orders.read_one", "products.read_many")),
                "reseller scopes: " + scopes);
        assertFalse(scopes.stream().anyMatch(scope -> scope.startsWith("keys.") || scope.startsWith("accesstoken.")),
                "a reseller token manages no credentials: " + scopes);
    }
}
