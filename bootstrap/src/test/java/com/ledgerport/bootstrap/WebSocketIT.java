package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /ws} over a real socket with the JDK's WebSocket client: {@code auth.login} with a seed 004 session
 * access token, the seed 000 reply shapes, and every way a socket is refused or closed (close codes 4001-4004).
 * The auth timeout is shortened to one second here so that its test stays quick.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketIT extends ServerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration AUTH_TIMEOUT = Duration.ofSeconds(1);
    private static final int AUTH_TIMEOUT_CLOSE = 4001;
    private static final int AUTH_FAILED_CLOSE = 4002;
    private static final int NOT_AUTHENTICATED_CLOSE = 4003;
    private static final int TOO_MANY_MALFORMED_CLOSE = 4004;
    private static final int PIPELINED_REQUESTS = 6;

    private final AtomicInteger partners = new AtomicInteger();

    private record Account(String partnerId, String name, String email, Map<String, Object> tokens) {

        String accessToken() {
            return (String) tokens.get("accessToken");
        }
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.ws.auth-timeout", AUTH_TIMEOUT.toSeconds() + "s");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void authenticates_with_a_session_access_token_and_answers_in_the_seed_shape() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = connect()) {
            socket.send(authLogin("s2s-auth-1", "jwt", account.accessToken()));
            assertEquals(Map.of(
                    "type", "auth.success",
                    "requestId", "s2s-auth-1",
                    "payload", Map.of(
                            "identityId", "account-" + account.partnerId(),
                            "role", "account",
                            "context", Map.of("accountId", account.partnerId()))), socket.next());

            socket.send("{\"type\":\"account.get\",\"requestId\":\"acc-1\",\"payload\":{}}");
            Map<String, Object> reply = socket.next();
            assertEquals("account.get.ok", reply.get("type"), reply.toString());
            assertEquals("acc-1", reply.get("requestId"));
            Map<String, Object> payload = payload(reply);
            assertEquals(account.partnerId(), payload.get("id"));
            assertEquals(account.name(), payload.get("name"));
            assertEquals("active", payload.get("status"));
        }
    }

    @Test
    void answers_requests_sent_right_behind_auth_login_one_by_one_in_order() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = connect()) {
            socket.send(authLogin("pipelined-0", "jwt", account.accessToken()));
            for (int i = 1; i <= PIPELINED_REQUESTS; i++) {
                String type = i % 2 == 0 ? "account.get" : "no.such.type";
                socket.send("{\"type\":\"" + type + "\",\"requestId\":\"pipelined-" + i + "\"}");
            }
            Map<String, Object> first = socket.next();
            assertEquals("auth.success", first.get("type"), first.toString());
            for (int i = 1; i <= PIPELINED_REQUESTS; i++) {
                Map<String, Object> reply = socket.next();
                assertEquals("pipelined-" + i, reply.get("requestId"), reply.toString());
                assertEquals(i % 2 == 0 ? "account.get.ok" : "no.such.type.error", reply.get("type"));
            }
        }
    }

    @Test
    void answers_an_unknown_type_with_an_error_of_that_type_and_stays_open() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = authenticated(account)) {
            socket.send("{\"type\":\"store.frobnicate\",\"requestId\":\"r-9\",\"payload\":{\"x\":1}}");
            Map<String, Object> reply = socket.next();
            assertEquals("store.frobnicate.error", reply.get("type"), reply.toString());
            assertEquals("r-9", reply.get("requestId"));
            assertEquals("unknown_type", payload(reply).get("code"));
            assertTrue(payload(reply).get("message") instanceof String message && !message.isBlank());

            socket.send("{\"type\":\"account.get\",\"requestId\":\"still-open\"}");
            assertEquals("account.get.ok", socket.next().get("type"));
        }
    }

    @Test
    void answers_a_second_auth_login_with_an_error_and_stays_open() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = authenticated(account)) {
            socket.send(authLogin("again", "jwt", account.accessToken()));
            Map<String, Object> reply = socket.next();
            assertEquals("auth.error", reply.get("type"), reply.toString());
            assertEquals("again", reply.get("requestId"));
            assertEquals("already_authenticated", payload(reply).get("code"));
            socket.send("{\"type\":\"account.get\",\"requestId\":\"after\"}");
            assertEquals("account.get.ok", socket.next().get("type"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"account.get", "events.subscribe", "auth.logout"})
    void closes_with_4003_when_the_first_frame_is_not_auth_login(String type) throws Exception {
        try (TestSocket socket = connect()) {
            socket.send("{\"type\":\"" + type + "\",\"requestId\":\"early-1\",\"payload\":{}}");
            Map<String, Object> reply = socket.next();
            assertEquals(type + ".error", reply.get("type"), reply.toString());
            assertEquals("early-1", reply.get("requestId"));
            assertEquals("not_authenticated", payload(reply).get("code"));
            assertEquals(NOT_AUTHENTICATED_CLOSE, socket.awaitClose().code());
        }
    }

    @Test
    void closes_with_4003_when_the_first_frame_is_not_even_json() throws Exception {
        try (TestSocket socket = connect()) {
            socket.send("hello?");
            Map<String, Object> reply = socket.next();
            assertEquals("error", reply.get("type"), reply.toString());
            assertEquals("malformed_frame", payload(reply).get("code"));
            assertEquals(NOT_AUTHENTICATED_CLOSE, socket.awaitClose().code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage", "signed with another secret", "refresh token", "blank", "missing", "number",
        "expired"})
    void refuses_an_invalid_token_with_auth_error_and_close_4002(String kind) throws Exception {
        Account account = newAccount();
        String token = account.accessToken();
        String[] parts = TestJwts.parts(token);
        String payloadJson = switch (kind) {
            case "garbage" -> "{\"authType\":\"jwt\",\"token\":\"abc.def.ghi\"}";
            case "signed with another secret" -> "{\"authType\":\"jwt\",\"token\":\"" + TestJwts.signed(
                    TestJwts.HS256_HEADER, TestJwts.decode(parts[1]),
                    "another secret of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII)) + "\"}";
            case "refresh token" -> "{\"authType\":\"jwt\",\"token\":\"" + account.tokens().get("refreshToken") + "\"}";
            case "blank" -> "{\"authType\":\"jwt\",\"token\":\"  \"}";
            case "missing" -> "{\"authType\":\"jwt\"}";
            case "number" -> "{\"authType\":\"jwt\",\"token\":42}";
            default -> "{\"authType\":\"jwt\",\"token\":\"" + token + "\"}";
        };
        if (kind.equals("expired")) {
            clock.advance(Duration.ofMinutes(16));
        }
        try (TestSocket socket = connect()) {
            socket.send("{\"type\":\"auth.login\",\"requestId\":\"bad-" + kind + "\",\"payload\":" + payloadJson + "}");
            Map<String, Object> reply = socket.next();
            assertEquals("auth.error", reply.get("type"), reply.toString());
            assertEquals("bad-" + kind, reply.get("requestId"));
            assertTrue(payload(reply).get("code") instanceof String code && !code.isBlank(), reply.toString());
            assertEquals(AUTH_FAILED_CLOSE, socket.awaitClose().code());
        }
    }

    @ParameterizedTest(name = "authType {0}")
    @ValueSource(strings = {"basic", "S2S", ""})
    void refuses_an_unsupported_auth_type_with_auth_error_and_close_4002(String authType) throws Exception {
        Account account = newAccount();
        try (TestSocket socket = connect()) {
            socket.send("{\"type\":\"auth.login\",\"requestId\":\"s2s-auth-1\",\"payload\":{\"authType\":\""
                    + authType + "\",\"token\":\"" + account.accessToken() + "\",\"metadata\":{\"secret\":\"x\"}}}");
            Map<String, Object> reply = socket.next();
            assertEquals("auth.error", reply.get("type"), reply.toString());
            assertEquals("s2s-auth-1", reply.get("requestId"));
            assertEquals("unsupported_auth_type", payload(reply).get("code"));
            assertEquals(AUTH_FAILED_CLOSE, socket.awaitClose().code());
        }
    }

    @Test
    void closes_with_4001_when_no_frame_arrives_within_the_auth_timeout() throws Exception {
        long started = System.nanoTime();
        try (TestSocket socket = connect()) {
            TestSocket.Closed closed = socket.awaitClose();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(AUTH_TIMEOUT_CLOSE, closed.code(), closed.toString());
            assertTrue(waited.compareTo(AUTH_TIMEOUT.dividedBy(2)) >= 0, "closed too early: " + waited);
            assertTrue(socket.frames.isEmpty(), "no frame before the close: " + socket.frames);
        }
    }

    @Test
    void keeps_an_authenticated_socket_open_past_the_auth_timeout() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = authenticated(account)) {
            assertThrows(TimeoutException.class,
                    () -> socket.closed.get(AUTH_TIMEOUT.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS),
                    "the auth deadline was cancelled by auth.success");
            socket.send("{\"type\":\"account.get\",\"requestId\":\"late\"}");
            assertEquals("account.get.ok", socket.next().get("type"));
        }
    }

    @Test
    void answers_malformed_frames_after_auth_and_closes_with_4004_at_the_third() throws Exception {
        Account account = newAccount();
        try (TestSocket socket = authenticated(account)) {
            socket.send("{not json");
            Map<String, Object> first = socket.next();
            assertEquals("error", first.get("type"), first.toString());
            assertNull(first.get("requestId"));
            assertEquals("malformed_frame", payload(first).get("code"));

            socket.send("{\"type\":\"account.get\",\"requestId\":\"between\"}");
            assertEquals("account.get.ok", socket.next().get("type"), "one malformed frame does not close");

            socket.send("[1,2,3]");
            assertEquals("malformed_frame", payload(socket.next()).get("code"));
            assertFalse(socket.closed.isDone(), "two malformed frames do not close");
            socket.send("{\"requestId\":\"no-type\"}");
            assertEquals("malformed_frame", payload(socket.next()).get("code"));
            assertEquals(TOO_MANY_MALFORMED_CLOSE, socket.awaitClose().code());
        }
    }

    @ParameterizedTest(name = "authenticated: {0}")
    @ValueSource(booleans = {true, false})
    void answers_a_close_the_client_starts_with_a_close(boolean authenticated) throws Exception {
        Account account = newAccount();
        try (TestSocket socket = authenticated ? authenticated(account) : connect()) {
            socket.webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(WebSocket.NORMAL_CLOSURE, socket.awaitClose().code(), "RFC 6455 5.5.1: a Close is answered");
        }
    }

    @Test
    void refuses_the_token_of_a_revoked_session() throws Exception {
        Account account = newAccount();
        Response revoked = call("DELETE", "/api/sessions", null, "Authorization", "Bearer " + account.accessToken());
        assertEquals(Map.of("revoked", 1), revoked.json(), revoked.body());
        try (TestSocket socket = connect()) {
            socket.send(authLogin("revoked-1", "jwt", account.accessToken()));
            Map<String, Object> reply = socket.next();
            assertEquals("auth.error", reply.get("type"), reply.toString());
            assertEquals("revoked-1", reply.get("requestId"));
            assertEquals(AUTH_FAILED_CLOSE, socket.awaitClose().code());
        }
    }

    @Test
    void refuses_the_token_of_a_suspended_partner() throws Exception {
        Account account = newAccount();
        assertEquals(200, operator("POST", "/admin/v1/partners/" + account.partnerId() + "/suspend", null).status());
        try (TestSocket socket = connect()) {
            socket.send(authLogin("suspended-1", "jwt", account.accessToken()));
            assertEquals("auth.error", socket.next().get("type"));
            assertEquals(AUTH_FAILED_CLOSE, socket.awaitClose().code());
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Account newAccount() {
        int n = partners.incrementAndGet();
        String name = "Socket Co " + n;
        String partnerId = createPartner(name, "EUR");
        String email = "socket" + n + "@ws.example";
        addMember(partnerId, email);
        return new Account(partnerId, name, email, logIn(email));
    }

    private static String authLogin(String requestId, String authType, String token) {
        return "{\"type\":\"auth.login\",\"requestId\":\"" + requestId + "\",\"payload\":{\"authType\":\""
                + authType + "\",\"token\":\"" + token + "\"}}";
    }

    private static Map<String, Object> payload(Map<String, Object> frame) {
        return TestSocket.payload(frame);
    }

    private TestSocket connect() throws Exception {
        return TestSocket.connect(http, jsonMapper, server.getPort(), true);
    }

    private TestSocket authenticated(Account account) throws Exception {
        TestSocket socket = connect();
        socket.send(authLogin("auth", "jwt", account.accessToken()));
        Map<String, Object> reply = socket.next();
        assertEquals("auth.success", reply.get("type"), reply.toString());
        return socket;
    }
}
