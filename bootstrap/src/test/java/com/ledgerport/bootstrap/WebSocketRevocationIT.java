package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seed 000 note 3: expiring a key (and revoking a token or session, or suspending the partner) cuts off the
 * sockets it opened within a second, with close code 4005; other sockets stay open, and an access token's
 * edited scopes apply to its open socket at once. Across nodes: {@code TwoNodeWebSocketPostgresIT}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketRevocationIT extends WebSocketSupport {

    static final int REVOKED_CLOSE = 4005;
    static final Duration WITHIN = Duration.ofSeconds(1);

    @Test
    void expiring_a_key_closes_its_sockets_and_only_those() throws Exception {
        Tenant tenant = newTenant();
        Key doomed = memberKey(tenant, "");
        Key kept = memberKey(tenant, "");
        try (TestSocket first = loggedIn(s2sLogin("a", doomed));
                TestSocket second = loggedIn(s2sLogin("b", doomed));
                TestSocket other = loggedIn(s2sLogin("c", kept));
                TestSocket member = loggedIn(jwtLogin("d", tenant.session()))) {
            assertEquals(200, expireKey(tenant.bearer(), doomed.id()).status());
            assertEquals(REVOKED_CLOSE, first.awaitClose(WITHIN).code());
            assertEquals(REVOKED_CLOSE, second.awaitClose(WITHIN).code());
            ask(other, "account.get", "{}", true);
            ask(member, "account.get", "{}", true);
        }
    }

    @Test
    void expiring_a_key_over_the_socket_closes_the_sockets_of_that_key() throws Exception {
        Tenant tenant = newTenant();
        Key doomed = memberKey(tenant, "");
        try (TestSocket keySocket = loggedIn(s2sLogin("a", doomed));
                TestSocket member = loggedIn(jwtLogin("m", tenant.session()))) {
            ask(member, "account.keys.expire", "{\"key_id\":" + doomed.id() + "}", true);
            assertEquals(REVOKED_CLOSE, keySocket.awaitClose(WITHIN).code());
        }
    }

    @Test
    void a_key_that_runs_out_closes_its_socket_when_it_does() throws Exception {
        Tenant tenant = newTenant();
        Key shortLived = memberKey(tenant, "\"ttl_seconds\":2");
        try (TestSocket socket = loggedIn(s2sLogin("short", shortLived))) {
            ask(socket, "account.get", "{}", true);
            assertEquals(REVOKED_CLOSE, socket.awaitClose(Duration.ofSeconds(2).plus(WITHIN)).code());
        }
    }

    @Test
    void revoking_a_session_closes_its_sockets() throws Exception {
        Tenant tenant = newTenant();
        Tenant colleague = colleagueOf(tenant);
        try (TestSocket socket = loggedIn(jwtLogin("m", tenant.session()));
                TestSocket colleagues = loggedIn(jwtLogin("c", colleague.session()))) {
            Response revoked = call("DELETE", "/api/sessions", null, "Authorization", tenant.bearer());
            assertEquals(200, revoked.status(), revoked.body());
            assertEquals(REVOKED_CLOSE, socket.awaitClose(WITHIN).code());
            ask(colleagues, "account.get", "{}", true);
        }
    }

    @Test
    void revoking_an_access_token_closes_its_sockets() throws Exception {
        Tenant tenant = newTenant();
        Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        try (TestSocket socket = loggedIn(jwtLogin("t", token.jwt()))) {
            Response revoked = call("DELETE", "/api/accesstoken/" + token.id(), null, "Authorization", tenant.bearer(),
                    "company", tenant.partnerId());
            assertEquals(200, revoked.status(), revoked.body());
            assertEquals(REVOKED_CLOSE, socket.awaitClose(WITHIN).code());
        }
    }

    @Test
    void editing_an_access_tokens_scopes_applies_to_its_open_socket() throws Exception {
        Tenant tenant = newTenant();
        Token token = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        try (TestSocket socket = loggedIn(jwtLogin("t", token.jwt()))) {
            ask(socket, "balance.get", "{}", true);
            Response edited = call("PATCH", "/api/accesstoken/" + token.id(),
                    "{\"scopes\":{\"balance\":{\"actions\":[\"read_many\"]}}}", "Authorization", tenant.bearer(),
                    "company", tenant.partnerId(), "Content-Type", JSON);
            assertEquals(200, edited.status(), edited.body());
            awaitForbidden(socket);
            ask(socket, "balance.transactions.list", "{}", true);
        }
    }

    /** The recheck runs right after the edit commits; give it the same second as a revocation. */
    private static void awaitForbidden(TestSocket socket) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            socket.send(request("balance.get", "poll", "{}"));
            Object type = socket.next().get("type");
            if ("balance.get.error".equals(type)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the socket kept the token's old scopes");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void suspending_the_partner_closes_all_its_sockets() throws Exception {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        try (TestSocket key = loggedIn(s2sLogin("k", memberKey(tenant, "")));
                TestSocket member = loggedIn(jwtLogin("m", tenant.session()));
                TestSocket bystander = loggedIn(jwtLogin("o", other.session()))) {
            assertEquals(200, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null)
                    .status());
            assertEquals(REVOKED_CLOSE, key.awaitClose(WITHIN).code());
            assertEquals(REVOKED_CLOSE, member.awaitClose(WITHIN).code());
            ask(bystander, "account.get", "{}", true);
        }
    }
}
