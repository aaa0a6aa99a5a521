package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Failures the framework produces itself (unknown route, wrong method, unsupported media type, oversized body)
 * are rendered in the envelope of the surface the request was aimed at (SPEC.md §2.6): always JSON, never an
 * HTML page, always with an {@code X-Request-Id}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorEnvelopesIT extends ServerTestSupport {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final int BODY_TOO_LARGE = 2 * 1024 * 1024;

    /** The envelope shapes of SPEC.md §2.6; the operator API's is also the one for paths of no surface. */
    enum Envelope {
        OPERATOR,
        ACCOUNT,
        PLATFORM,
        PARTNER,
        WALLET,
        CERTIFICATES
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/admin/v1/x,                   OPERATOR",
        "/admin/v1/partners/x/y/z,      OPERATOR",
        "/api/v1/s2s/x,                 ACCOUNT",
        "/api/v1/s2s/accounts/nothing,  ACCOUNT",
        "/api/v1/session/x,             ACCOUNT",
        "/Token/x,                      PLATFORM",
        "/token/x,                      PLATFORM",
        "/Storefront/x,                 PLATFORM",
        "/Orders/x,                     PLATFORM",
        "/Payment/x,                    PLATFORM",
        "/Supplier/x,                   PLATFORM",
        "/v1/partner/x,                 PARTNER",
        "/v1/partner,                   PARTNER",
        "/api/v1/topup/x,               WALLET",
        "/api/v1/cashout/x,             WALLET",
        "/api/v1/transaction/x,         WALLET",
        "/api/v1/user/x,                WALLET",
        "/api/v1/keys/x,                WALLET",
        "/api/v1/webhooks/x,            WALLET",
        "/api/certificates/x,           CERTIFICATES",
        "/api/certificates,             CERTIFICATES",
        "/api/auth/x,                   CERTIFICATES",
        "/api/accesstoken/x/y,          CERTIFICATES",
        "/api/users/x/y,                CERTIFICATES",
        "/api/companies/x,              CERTIFICATES",
        "/api/hooks/x/y,                CERTIFICATES",
        "/api/events/x/y/z,             CERTIFICATES",
        "/api/sessions/x/y,             CERTIFICATES",
        "/,                             OPERATOR",
        "/nothing-here,                 OPERATOR",
        "/api,                          OPERATOR",
        "/api/v2/x,                     OPERATOR"})
    void answers_an_unknown_path_with_a_404_in_the_envelope_of_its_surface(String path, Envelope envelope) {
        for (String accept : new String[] {"application/json", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            Response missing = call("GET", path, null, "Accept", accept, "Authorization", "Bearer " + OPERATOR_TOKEN);
            assertEnvelope(missing, 404, path, envelope);
        }
    }

    @Test
    void answers_an_operator_path_without_the_token_with_a_401_before_routing() {
        Response refused = call("GET", "/admin/v1/x", null);
        assertEnvelope(refused, 401, "/admin/v1/x", Envelope.OPERATOR);
        assertEquals("unauthenticated", refused.error().get("code"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT,    /api/auth/login,      POST,   CERTIFICATES",
        "GET,    /api/auth/login,      POST,   CERTIFICATES",
        "DELETE, /api/auth/login,      POST,   CERTIFICATES",
        "POST,   /api/auth/refresh,    GET,    CERTIFICATES",
        "POST,   /api/users/me,        GET,    CERTIFICATES",
        "PATCH,  /api/sessions,        DELETE, CERTIFICATES",
        "DELETE, /health,              GET,    OPERATOR",
        "PUT,    /admin/v1/partners,   POST,   OPERATOR",
        "GET,    /api/v1/user,         POST,   WALLET"})
    void answers_a_wrong_method_with_a_405_naming_the_allowed_ones(String method, String path, String allowed,
            Envelope envelope) {
        Response wrong = call(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                "Content-Type", "application/json", "Authorization", "Bearer " + OPERATOR_TOKEN);
        assertEnvelope(wrong, 405, path, envelope);
        String allow = wrong.header("Allow").orElse("");
        assertTrue(Arrays.stream(allow.split(",")).map(String::strip).anyMatch(allowed::equals),
                "Allow: " + allow);
    }

    @Test
    void answers_another_media_type_with_a_415_in_the_surface_envelope() {
        Response refused = call("POST", "/api/auth/login", "username=a@b.io&password=x",
                "Content-Type", "application/x-www-form-urlencoded");
        String message = assertCertificatesError(refused, 415, "/auth/login");
        assertTrue(message.contains("application/json"), message);
        assertTrue(refused.header("X-Request-Id").isPresent());
    }

    @Test
    void answers_an_oversized_body_with_a_413_in_the_surface_envelope() {
        String huge = "{\"username\":\"" + "a".repeat(BODY_TOO_LARGE) + "\",\"password\":\"x\"}";
        Response refused = call("POST", "/api/auth/login", huge, "Content-Type", "application/json");
        assertCertificatesError(refused, 413, "/auth/login");
        assertTrue(refused.header("X-Request-Id").isPresent());
    }

    @ParameterizedTest(name = "HEAD {0}")
    @CsvSource({
        "/health,                 200",
        "/api/certificates/x,     404",
        "/v1/partner/x,           404",
        "/api/users/me,           401",
        "/admin/v1/partners,      401",
        "/nothing-here,           404"})
    void answers_head_requests_with_headers_and_no_body(String path, int status) {
        Response head = call("HEAD", path, null);
        assertEquals(status, head.status(), head.body());
        assertEquals("", head.body());
        assertTrue(head.header("X-Request-Id").filter(id -> REQUEST_ID.matcher(id).matches()).isPresent());
        if (status >= 400) {
            assertTrue(head.header("Content-Type").orElse("").startsWith("application/json"),
                    head.header("Content-Type").orElse("none"));
        }
    }

    @Test
    void echoes_the_clients_request_id_on_framework_errors_too() {
        Response missing = call("GET", "/api/certificates/x", null, "X-Request-Id", "client-error-1");
        assertEquals(404, missing.status());
        assertEquals("client-error-1", missing.header("X-Request-Id").orElse(""));
        Response wrong = call("PUT", "/api/auth/login", "{}", "X-Request-Id", "client-error-2",
                "Content-Type", "application/json");
        assertEquals("client-error-2", wrong.header("X-Request-Id").orElse(""));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private void assertEnvelope(Response response, int status, String path, Envelope envelope) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"),
                "Content-Type " + response.header("Content-Type").orElse("none") + ": " + response.body());
        assertFalse(response.body().stripLeading().startsWith("<"), "never HTML: " + response.body());
        assertTrue(response.header("X-Request-Id").filter(id -> REQUEST_ID.matcher(id).matches()).isPresent(),
                "X-Request-Id on " + path);
        Map<String, Object> body = response.json();
        switch (envelope) {
            case OPERATOR, ACCOUNT -> assertErrorObject(response, body, status);
            case PLATFORM -> {
                assertEquals(Set.of("code", "message"), body.keySet(), response.body());
                assertTrue(body.get("code") instanceof Integer code && code < 0, response.body());
                assertMessage(body, response);
            }
            case PARTNER -> {
                assertEquals(Set.of("success", "message", "errors"), body.keySet(), response.body());
                assertEquals(false, body.get("success"));
                assertTrue(body.get("errors") instanceof Map<?, ?>, response.body());
                assertMessage(body, response);
            }
            case WALLET -> {
                assertEquals(Set.of("status", "code", "message", "details", "timestamp", "uuid", "signed_uuid"),
                        body.keySet(), response.body());
                assertEquals("error", body.get("status"));
                assertTrue(body.get("code") instanceof String code && !code.isBlank(), response.body());
                assertTrue(ISO_MILLIS_UTC.matcher((String) body.get("timestamp")).matches(), response.body());
                assertMessage(body, response);
            }
            case CERTIFICATES -> assertCertificatesError(response, status, path.substring("/api".length()));
        }
    }

    private static void assertErrorObject(Response response, Map<String, Object> body, int status) {
        assertEquals(Set.of("error"), body.keySet(), response.body());
        Map<String, Object> error = response.error();
        assertTrue(error.keySet().containsAll(Set.of("code", "message")), response.body());
        String expected = switch (status) {
            case 401 -> "unauthenticated";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> throw new IllegalArgumentException("no code listed for " + status);
        };
        assertEquals(expected, error.get("code"), response.body());
        assertMessage(error, response);
    }

    private static void assertMessage(Map<String, Object> holder, Response response) {
        assertTrue(holder.get("message") instanceof String message && !message.isBlank(), response.body());
    }
}
