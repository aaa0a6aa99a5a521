package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 004 sessions over real HTTP: login, refresh with single-use refresh tokens, the member's sessions,
 * expiry on the server clock, revocation and partner suspension taking effect at once, and the audit trail.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsIT extends ServerTestSupport {

    private static final String WRONG_CREDENTIALS = "Wrong credentials provided";
    private static final int CONCURRENT_REFRESHES = 8;

    private final AtomicInteger members = new AtomicInteger();

    private record Member(String partnerId, String memberId, String email) {
    }

    private record Pair(String access, String refresh) {

        static Pair of(Map<String, Object> tokens) {
            return new Pair((String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- login -------------------------------------------------------------------------------------------

    @Test
    void logs_in_with_email_and_password_and_answers_a_jwt_access_token_and_a_refresh_token() {
        Member member = newMember();
        Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // expiries are shown in millis
        Response login = login(member.email(), PASSWORD);
        assertEquals(200, login.status(), login.body());
        assertTrue(login.header("Content-Type").orElse("").startsWith("application/json"));
        Pair pair = Pair.of(login.json());
        assertNotNull(pair.access(), login.body());
        assertNotNull(pair.refresh(), login.body());
        assertNotEquals(pair.access(), pair.refresh());

        Map<String, Object> header = parse(TestJwts.decode(TestJwts.parts(pair.access())[0]));
        assertEquals("HS256", header.get("alg"));
        Map<String, Object> claims = claims(pair.access());
        assertEquals(member.memberId(), claims.get("sub"));
        assertEquals(member.partnerId(), claims.get("tenant"));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertEquals(Duration.ofMinutes(15).toSeconds(), lifetime, "the access token lives 15 minutes");

        Instant refreshExpiresAt = Instant.parse((String) login.json().get("refreshTokenExpiresAt"));
        Duration refreshLifetime = Duration.between(before, refreshExpiresAt);
        assertTrue(refreshLifetime.compareTo(Duration.ofDays(60)) >= 0
                && refreshLifetime.compareTo(Duration.ofDays(60).plusMinutes(1)) < 0, refreshLifetime.toString());
        assertFalse(pair.refresh().contains(member.memberId()), "the refresh token carries nothing readable");
    }

    @Test
    void takes_the_username_as_an_email_whatever_its_case() {
        int n = members.incrementAndGet();
        String partnerId = createPartner("Case Co " + n, "EUR");
        addMember(partnerId, "Mixed.Case" + n + "@Example.COM");
        assertEquals(200, login("mixed.case" + n + "@example.com", PASSWORD).status());
        assertEquals(200, login("MIXED.CASE" + n + "@EXAMPLE.COM", PASSWORD).status());
        assertEquals(401, login("mixed.case" + n + "@example.com", PASSWORD.toUpperCase()).status(),
                "the password, unlike the email, is case-sensitive");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wrong password", "unknown user", "username that is not an email"})
    void answers_a_failed_login_exactly_as_the_seed_shows(String failure) {
        Member member = newMember();
        Response rejected = switch (failure) {
            case "wrong password" -> login(member.email(), PASSWORD + "!");
            case "unknown user" -> login("nobody-" + members.incrementAndGet() + "@sessions.example", PASSWORD);
            default -> login("so", "password");
        };
        assertEquals(WRONG_CREDENTIALS, assertCertificatesError(rejected, 401, "/auth/login"));
    }

    @Test
    void tells_a_wrong_password_and_an_unknown_user_apart_in_nothing_but_the_timestamp() {
        Member member = newMember();
        Map<String, Object> wrongPassword = login(member.email(), "not the password").json();
        Map<String, Object> unknownUser = login("ghost@sessions.example", "not the password").json();
        wrongPassword.remove("timestamp");
        unknownUser.remove("timestamp");
        assertEquals(wrongPassword, unknownUser);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"password\":\"x\"}                          | username",
        "{\"username\":\"\",\"password\":\"x\"}        | username",
        "{\"username\":\"   \",\"password\":\"x\"}     | username",
        "{\"username\":null,\"password\":\"x\"}        | username",
        "{\"username\":42,\"password\":\"x\"}          | username",
        "{\"username\":[\"a@b.io\"],\"password\":\"x\"} | username",
        "{\"username\":{\"email\":\"a@b.io\"},\"password\":\"x\"} | username",
        "{\"username\":\"a@b.io\"}                     | password",
        "{\"username\":\"a@b.io\",\"password\":\"\"}   | password",
        "{\"username\":\"a@b.io\",\"password\":\" \"}  | password",
        "{\"username\":\"a@b.io\",\"password\":12345}  | password",
        "{\"username\":\"a@b.io\",\"password\":true}   | password",
        "{\"username\":\"a@b.io\",\"password\":null}   | password"})
    void rejects_a_login_with_a_missing_blank_or_mistyped_field_naming_it(String body, String field) {
        Response rejected = call("POST", "/api/auth/login", body, "Content-Type", "application/json");
        String message = assertCertificatesError(rejected, 400, "/auth/login");
        assertTrue(message.contains("'" + field + "'"), message);
    }

    @Test
    void rejects_an_overlong_username_or_password_naming_it() {
        String longEmail = "a".repeat(250) + "@b.io";
        String message = assertCertificatesError(login(longEmail, PASSWORD), 400, "/auth/login");
        assertTrue(message.contains("'username'"), message);
        message = assertCertificatesError(login("a@b.io", "p".repeat(129)), 400, "/auth/login");
        assertTrue(message.contains("'password'"), message);
    }

    @Test
    void accepts_a_json_content_type_with_a_charset() {
        Member member = newMember();
        Response login = call("POST", "/api/auth/login", credentials(member.email(), PASSWORD),
                "Content-Type", "application/json; charset=utf-8");
        assertEquals(200, login.status(), login.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"username\":\"a@b.io\",", "not json", "[\"a@b.io\",\"x\"]", "\"a@b.io\"", "null",
        "{\"username\":\"a@b.io\",\"password\":\"x\"} trailing", "{\"username\":\"a@b.io\",\"username\":\"c@d.io\","
        + "\"password\":\"x\"}", "{'username':'a@b.io','password':'x'}"})
    void rejects_a_login_body_that_is_not_one_json_object_with_a_400(String body) {
        Response rejected = call("POST", "/api/auth/login", body, "Content-Type", "application/json");
        String message = assertCertificatesError(rejected, 400, "/auth/login");
        assertTrue(message.contains("body") || message.contains("JSON"), message);
    }

    @Test
    void rejects_an_empty_login_body_with_a_400() {
        Response rejected = call("POST", "/api/auth/login", "", "Content-Type", "application/json");
        assertCertificatesError(rejected, 400, "/auth/login");
    }

    // --- me ----------------------------------------------------------------------------------------------

    @Test
    void answers_me_with_the_member_and_its_company() {
        Member member = newMember();
        Pair pair = Pair.of(logIn(member.email()));
        Response me = me(pair.access());
        assertEquals(200, me.status(), me.body());
        Map<String, Object> body = me.json();
        assertEquals(member.memberId(), body.get("id"));
        assertEquals(member.email(), body.get("email"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> companies = (List<Map<String, Object>>) body.get("companies");
        assertEquals(1, companies.size(), me.body());
        assertEquals(member.partnerId(), companies.get(0).get("id"));
        Map<String, Object> partner = operator("GET", "/admin/v1/partners/" + member.partnerId(), null).json();
        assertEquals(partner.get("name"), companies.get(0).get("name"));
        assertEquals("active", companies.get(0).get("status"));
    }

    @Test
    void refuses_me_without_a_token() {
        assertCertificatesError(call("GET", "/api/users/me", null), 401, "/users/me");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<token>", "Basic <token>", "Token <token>", "Bearer", "Bearer ", "Bearer  ",
        "<token> Bearer", "Bearer:<token>"})
    void refuses_an_authorization_header_that_is_not_bearer_and_the_token(String shape) {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response refused = call("GET", "/api/users/me", null, "Authorization", shape.replace("<token>", pair.access()));
        assertCertificatesError(refused, 401, "/users/me");
        assertEquals(200, me(pair.access()).status(), "the token itself was fine");
    }

    @Test
    void accepts_the_bearer_scheme_in_any_case() {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response lower = call("GET", "/api/users/me", null, "Authorization", "bearer " + pair.access());
        assertEquals(200, lower.status(), lower.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"another secret", "tampered tenant", "tampered subject", "alg none", "no signature",
        "refresh token as access token", "garbage"})
    void refuses_an_access_token_that_is_not_exactly_what_the_server_signed(String forgery) {
        Member member = newMember();
        Member other = newMember();
        Pair pair = Pair.of(logIn(member.email()));
        String[] parts = TestJwts.parts(pair.access());
        String payload = TestJwts.decode(parts[1]);
        String token = switch (forgery) {
            case "another secret" -> TestJwts.signed(TestJwts.HS256_HEADER, payload,
                    "another secret of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII));
            case "tampered tenant" -> TestJwts.tampered(pair.access(), member.partnerId(), other.partnerId());
            case "tampered subject" -> TestJwts.tampered(pair.access(), member.memberId(), other.memberId());
            case "alg none" -> TestJwts.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
            case "no signature" -> parts[0] + "." + parts[1] + ".";
            case "refresh token as access token" -> pair.refresh();
            default -> "abc.def.ghi";
        };
        assertCertificatesError(me(token), 401, "/users/me");
        assertEquals(200, me(pair.access()).status(), "the genuine token still works");
    }

    // --- refresh -----------------------------------------------------------------------------------------

    @Test
    void exchanges_a_refresh_token_for_a_new_pair_that_works() {
        Member member = newMember();
        Pair first = Pair.of(logIn(member.email()));
        Response refreshed = refresh(first.refresh());
        assertEquals(200, refreshed.status(), refreshed.body());
        Pair second = Pair.of(refreshed.json());
        assertNotEquals(first.refresh(), second.refresh());
        assertEquals(claims(first.access()).get("gid"), claims(second.access()).get("gid"), "same session");
        assertEquals(200, me(second.access()).status());
        Response again = call("GET", "/api/auth/refresh", null, "Refresh", "Bearer " + second.refresh());
        assertEquals(200, again.status(), "the new refresh token is itself refreshable: " + again.body());
    }

    @Test
    void a_reused_refresh_token_answers_401_and_revokes_the_session_at_once() {
        Member member = newMember();
        Pair first = Pair.of(logIn(member.email()));
        Pair second = Pair.of(refresh(first.refresh()).json());
        Pair other = Pair.of(logIn(member.email()));

        String message = assertCertificatesError(refresh(first.refresh()), 401, "/auth/refresh");
        assertTrue(message.contains("revoked"), message);

        assertCertificatesError(me(second.access()), 401, "/users/me");
        assertCertificatesError(refresh(second.refresh()), 401, "/auth/refresh");
        assertCertificatesError(me(first.access()), 401, "/users/me");
        assertEquals(200, me(other.access()).status(), "the member's other sessions stand");
        List<Object> sessions = call("GET", "/api/sessions", null, "Authorization", "Bearer " + other.access())
                .jsonList();
        assertEquals(1, sessions.size(), sessions.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no header", "<refresh>", "Basic <refresh>", "Bearer", "Bearer ", "Bearer garbage",
        "Bearer lp_rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Bearer <access>", "<refresh> Bearer"})
    void refuses_a_refresh_without_a_proper_refresh_header(String shape) {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response refused = shape.equals("no header")
                ? call("GET", "/api/auth/refresh", null)
                : call("GET", "/api/auth/refresh", null, "refresh",
                        shape.replace("<refresh>", pair.refresh()).replace("<access>", pair.access()));
        assertCertificatesError(refused, 401, "/auth/refresh");
        assertEquals(200, refresh(pair.refresh()).status(), "the refresh token was neither used nor revoked");
    }

    @Test
    void refuses_a_refresh_token_sent_as_authorization_instead_of_refresh() {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response refused = call("GET", "/api/auth/refresh", null, "Authorization", "Bearer " + pair.refresh());
        assertCertificatesError(refused, 401, "/auth/refresh");
    }

    @Test
    void at_most_one_of_concurrent_refreshes_with_one_token_wins_and_the_reuse_revokes_the_session()
            throws Exception {
        Member member = newMember();
        Pair pair = Pair.of(logIn(member.email()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REFRESHES);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REFRESHES; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return refresh(pair.refresh());
                }));
            }
            start.countDown();
            for (Future<Response> answer : pending) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Response> won = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertTrue(won.size() <= 1, "at most one exchange: " + answers);
        assertEquals(CONCURRENT_REFRESHES - won.size(),
                answers.stream().filter(answer -> answer.status() == 401).count(), answers.toString());
        answers.stream().filter(answer -> answer.status() == 401)
                .forEach(answer -> assertCertificatesError(answer, 401, "/auth/refresh"));

        // More than one presentation of one refresh token is a reuse: the whole session is gone.
        assertEquals(401, me(pair.access()).status());
        for (Response winner : won) {
            Pair fresh = Pair.of(winner.json());
            assertEquals(401, me(fresh.access()).status(), "the winner's new access token died with the session");
            assertEquals(401, refresh(fresh.refresh()).status());
        }
        List<Map<String, Object>> reuses = audit("session.refresh").stream()
                .filter(record -> "rejected:reused_token".equals(record.get("outcome"))
                        && member.partnerId().equals(record.get("partner_id")))
                .toList();
        assertEquals(CONCURRENT_REFRESHES - won.size(), reuses.size(), reuses.toString());
    }

    // --- sessions ----------------------------------------------------------------------------------------

    @Test
    void lists_the_members_active_sessions_and_marks_the_calling_one_current() {
        Member member = newMember();
        Member colleague = anotherMemberOf(member.partnerId());
        Pair first = Pair.of(logIn(member.email(), "first-agent/1.0"));
        Pair second = Pair.of(logIn(member.email(), "second-agent/2.0"));
        Pair revoked = Pair.of(logIn(member.email()));
        logIn(colleague.email());
        assertEquals(200, call("DELETE", "/api/sessions/" + sessionId(revoked), null, "Authorization",
                "Bearer " + revoked.access()).status());

        Response listed = call("GET", "/api/sessions", null, "Authorization", "Bearer " + second.access());
        assertEquals(200, listed.status(), listed.body());
        List<Map<String, Object>> sessions = maps(listed.jsonList());
        assertEquals(Set.of(sessionId(first), sessionId(second)),
                Set.copyOf(sessions.stream().map(session -> session.get("id")).toList()), listed.body());
        for (Map<String, Object> session : sessions) {
            boolean calling = session.get("id").equals(sessionId(second));
            assertEquals(calling, session.get("current"), listed.body());
            assertEquals(calling ? "second-agent/2.0" : "first-agent/1.0", session.get("userAgent"));
            assertNull(session.get("revokedAt"));
            assertTrue(ISO_MILLIS_UTC.matcher((String) session.get("createdAt")).matches(), listed.body());
        }
        Response fromFirst = call("GET", "/api/sessions", null, "Authorization", "Bearer " + first.access());
        assertEquals(List.of(sessionId(first)), maps(fromFirst.jsonList()).stream()
                .filter(session -> Boolean.TRUE.equals(session.get("current"))).map(s -> s.get("id")).toList());
    }

    @Test
    void revokes_one_session_and_its_tokens_stop_working_at_once() {
        Member member = newMember();
        Pair doomed = Pair.of(logIn(member.email()));
        Pair caller = Pair.of(logIn(member.email()));
        assertEquals(200, me(doomed.access()).status());

        Response revoked = call("DELETE", "/api/sessions/" + sessionId(doomed), null,
                "Authorization", "Bearer " + caller.access());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(sessionId(doomed), revoked.json().get("id"));
        assertNotNull(revoked.json().get("revokedAt"), revoked.body());
        assertEquals(false, revoked.json().get("current"));

        assertCertificatesError(me(doomed.access()), 401, "/users/me");
        assertCertificatesError(refresh(doomed.refresh()), 401, "/auth/refresh");
        assertEquals(200, me(caller.access()).status());
    }

    @Test
    void revokes_the_calling_session_itself() {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response revoked = call("DELETE", "/api/sessions/" + sessionId(pair), null,
                "Authorization", "Bearer " + pair.access());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(true, revoked.json().get("current"));
        assertEquals(401, me(pair.access()).status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"another partner's member", "a colleague of the same partner"})
    void answers_not_found_for_another_members_session_and_leaves_it_alone(String owner) {
        Member member = newMember();
        Member victim = owner.startsWith("another") ? newMember() : anotherMemberOf(member.partnerId());
        Pair attacker = Pair.of(logIn(member.email()));
        Pair target = Pair.of(logIn(victim.email()));

        Response refused = call("DELETE", "/api/sessions/" + sessionId(target), null,
                "Authorization", "Bearer " + attacker.access());
        assertCertificatesError(refused, 404, "/sessions/" + sessionId(target));
        assertEquals(200, me(target.access()).status(), "the other member's session stands");
        assertEquals(200, refresh(target.refresh()).status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not-a-session-id", "0193a1c2-0000-7000-8000-000000000000", "12345",
        "0193A1C2-0000-7000-8000-00000000000G"})
    void answers_not_found_for_an_unknown_or_malformed_session_id(String id) {
        Pair pair = Pair.of(logIn(newMember().email()));
        Response refused = call("DELETE", "/api/sessions/" + id, null, "Authorization", "Bearer " + pair.access());
        assertCertificatesError(refused, 404, "/sessions/" + id);
        assertEquals(200, me(pair.access()).status());
    }

    @Test
    void revokes_all_of_the_members_sessions_and_only_theirs() {
        Member member = newMember();
        Member colleague = anotherMemberOf(member.partnerId());
        List<Pair> own = List.of(Pair.of(logIn(member.email())), Pair.of(logIn(member.email())),
                Pair.of(logIn(member.email())));
        Pair colleagues = Pair.of(logIn(colleague.email()));

        Response revoked = call("DELETE", "/api/sessions", null, "Authorization", "Bearer " + own.get(1).access());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals(Map.of("revoked", 3), revoked.json());
        for (Pair pair : own) {
            assertCertificatesError(me(pair.access()), 401, "/users/me");
            assertEquals(401, refresh(pair.refresh()).status());
        }
        assertEquals(200, me(colleagues.access()).status());

        Pair after = Pair.of(logIn(member.email()));
        Response again = call("DELETE", "/api/sessions", null, "Authorization", "Bearer " + after.access());
        assertEquals(Map.of("revoked", 1), again.json(), "revoked sessions are not counted twice");
    }

    @Test
    void refuses_the_session_endpoints_without_a_valid_token() {
        assertCertificatesError(call("GET", "/api/sessions", null), 401, "/sessions");
        assertCertificatesError(call("DELETE", "/api/sessions", null), 401, "/sessions");
        assertCertificatesError(call("DELETE", "/api/sessions/0193a1c2-0000-7000-8000-000000000000", null,
                "Authorization", "Bearer abc.def.ghi"), 401, "/sessions/0193a1c2-0000-7000-8000-000000000000");
    }

    // --- expiry ------------------------------------------------------------------------------------------

    @Test
    void an_access_token_expires_after_fifteen_minutes_and_the_refresh_token_still_renews_it() {
        Pair pair = Pair.of(logIn(newMember().email()));
        clock.advance(Duration.ofMinutes(14));
        assertEquals(200, me(pair.access()).status(), "valid at 14 minutes");
        clock.advance(Duration.ofMinutes(2));
        String message = assertCertificatesError(me(pair.access()), 401, "/users/me");
        assertTrue(message.toLowerCase().contains("expired"), message);

        Response refreshed = refresh(pair.refresh());
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals(200, me(Pair.of(refreshed.json()).access()).status());
    }

    @Test
    void a_refresh_token_expires_after_sixty_days_unless_exchanged_in_time() {
        Member member = newMember();
        Pair kept = Pair.of(logIn(member.email()));
        Pair idle = Pair.of(logIn(member.email()));

        clock.advance(Duration.ofDays(59));
        Response renewed = refresh(kept.refresh());
        assertEquals(200, renewed.status(), "valid at 59 days: " + renewed.body());
        Pair renewedPair = Pair.of(renewed.json());

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        String message = assertCertificatesError(refresh(idle.refresh()), 401, "/auth/refresh");
        assertTrue(message.toLowerCase().contains("expired"), message);
        assertEquals(200, refresh(renewedPair.refresh()).status(), "an exchanged token runs 60 days from then");
    }

    // --- suspension --------------------------------------------------------------------------------------

    @Test
    void suspending_the_partner_stops_login_refresh_and_access_tokens_at_once() {
        Member member = newMember();
        Member bystander = newMember();
        Pair pair = Pair.of(logIn(member.email()));
        Pair unaffected = Pair.of(logIn(bystander.email()));

        assertEquals(200, operator("POST", "/admin/v1/partners/" + member.partnerId() + "/suspend", null).status());
        assertCertificatesError(me(pair.access()), 401, "/users/me");
        assertCertificatesError(call("GET", "/api/sessions", null, "Authorization", "Bearer " + pair.access()), 401,
                "/sessions");
        assertCertificatesError(refresh(pair.refresh()), 401, "/auth/refresh");
        assertCertificatesError(login(member.email(), PASSWORD), 401, "/auth/login");
        assertEquals(200, me(unaffected.access()).status(), "other partners are untouched");

        assertEquals(200, operator("POST", "/admin/v1/partners/" + member.partnerId() + "/activate", null).status());
        Response restored = login(member.email(), PASSWORD);
        assertEquals(200, restored.status(), restored.body());
        assertEquals(200, me(Pair.of(restored.json()).access()).status());
    }

    @Test
    void a_suspended_partners_member_with_a_wrong_password_still_gets_the_plain_wrong_credentials_answer() {
        Member member = newMember();
        operator("POST", "/admin/v1/partners/" + member.partnerId() + "/suspend", null);
        assertEquals(WRONG_CREDENTIALS, assertCertificatesError(login(member.email(), "guessing"), 401,
                "/auth/login"), "suspension is not revealed to someone without the password");
    }

    // --- x-version ---------------------------------------------------------------------------------------

    @Test
    void accepts_x_version_1_or_none() {
        Member member = newMember();
        Response v1 = call("POST", "/api/auth/login", credentials(member.email(), PASSWORD),
                "Content-Type", "application/json", "x-version", "1");
        assertEquals(200, v1.status(), v1.body());
        Response me = call("GET", "/api/users/me", null, "Authorization", "Bearer " + Pair.of(v1.json()).access(),
                "X-Version", "1");
        assertEquals(200, me.status(), me.body());
    }

    @ParameterizedTest(name = "x-version: {0}")
    @ValueSource(strings = {"2", "0", "v1", "1.1", "latest"})
    void refuses_an_unknown_x_version_with_a_400(String version) {
        Member member = newMember();
        Response login = call("POST", "/api/auth/login", credentials(member.email(), PASSWORD),
                "Content-Type", "application/json", "x-version", version);
        String message = assertCertificatesError(login, 400, "/auth/login");
        assertTrue(message.contains("x-version"), message);

        Pair pair = Pair.of(logIn(member.email()));
        Response sessions = call("GET", "/api/sessions", null, "Authorization", "Bearer " + pair.access(),
                "x-version", version);
        assertCertificatesError(sessions, 400, "/sessions");
        assertTrue(sessions.header("X-Request-Id").isPresent());
    }

    // --- audit -------------------------------------------------------------------------------------------

    @Test
    void audits_logins_refreshes_and_revocations_with_their_request_ids() {
        Member member = newMember();
        String tag = "sessions-audit-" + members.incrementAndGet();
        Response ok = call("POST", "/api/auth/login", credentials(member.email(), PASSWORD),
                "Content-Type", "application/json", "X-Request-Id", tag + "-login");
        Pair pair = Pair.of(ok.json());
        call("POST", "/api/auth/login", credentials(member.email(), "wrong password"),
                "Content-Type", "application/json", "X-Request-Id", tag + "-wrong");
        call("POST", "/api/auth/login", credentials("ghost-" + tag + "@sessions.example", PASSWORD),
                "Content-Type", "application/json", "X-Request-Id", tag + "-ghost");
        Response refreshed = call("GET", "/api/auth/refresh", null, "refresh", "Bearer " + pair.refresh(),
                "X-Request-Id", tag + "-refresh");
        call("GET", "/api/auth/refresh", null, "refresh", "Bearer " + pair.refresh(),
                "X-Request-Id", tag + "-reuse");
        Pair other = Pair.of(logIn(member.email()));
        Pair third = Pair.of(logIn(member.email()));
        call("DELETE", "/api/sessions/" + sessionId(other), null, "Authorization", "Bearer " + third.access(),
                "X-Request-Id", tag + "-revoke");
        call("DELETE", "/api/sessions", null, "Authorization", "Bearer " + third.access(),
                "X-Request-Id", tag + "-revoke-all");
        assertEquals(200, refreshed.status());

        Map<String, Object> login = only(audit("session.login"), tag + "-login");
        assertEquals("succeeded", login.get("outcome"));
        assertEquals(member.partnerId(), login.get("partner_id"));
        assertEquals(sessionId(pair), login.get("target"));
        Map<String, Object> wrong = only(audit("session.login"), tag + "-wrong");
        assertEquals("rejected:wrong_credentials", wrong.get("outcome"));
        assertEquals(member.partnerId(), wrong.get("partner_id"));
        assertEquals(member.memberId(), wrong.get("target"));
        Map<String, Object> ghost = only(audit("session.login"), tag + "-ghost");
        assertEquals("rejected:wrong_credentials", ghost.get("outcome"));
        assertNull(ghost.get("partner_id"));
        assertFalse(ghost.toString().contains(PASSWORD), "no password in the audit log");

        assertEquals("succeeded", only(audit("session.refresh"), tag + "-refresh").get("outcome"));
        assertEquals("rejected:reused_token", only(audit("session.refresh"), tag + "-reuse").get("outcome"));
        Map<String, Object> revoke = only(audit("session.revoke"), tag + "-revoke");
        assertEquals("succeeded", revoke.get("outcome"));
        assertEquals(sessionId(other), revoke.get("target"));
        assertEquals("member:" + member.memberId(), revoke.get("actor"));
        assertEquals("succeeded", only(audit("session.revoke_all"), tag + "-revoke-all").get("outcome"));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Member newMember() {
        int n = members.incrementAndGet();
        String partnerId = createPartner("Sessions Co " + n, "EUR");
        String email = "member" + n + "@sessions.example";
        return new Member(partnerId, addMember(partnerId, email), email);
    }

    private Member anotherMemberOf(String partnerId) {
        String email = "colleague" + members.incrementAndGet() + "@sessions.example";
        return new Member(partnerId, addMember(partnerId, email), email);
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private Response login(String username, String password) {
        return call("POST", "/api/auth/login", credentials(username, password), "Content-Type", "application/json");
    }

    private Map<String, Object> logIn(String email, String userAgent) {
        Response login = call("POST", "/api/auth/login", credentials(email, PASSWORD),
                "Content-Type", "application/json", "User-Agent", userAgent);
        assertEquals(200, login.status(), login.body());
        return login.json();
    }

    private Response me(String accessToken) {
        return call("GET", "/api/users/me", null, "Authorization", "Bearer " + accessToken);
    }

    private Response refresh(String refreshToken) {
        return call("GET", "/api/auth/refresh", null, "refresh", "Bearer " + refreshToken);
    }

    private Map<String, Object> claims(String jwt) {
        return parse(TestJwts.decode(TestJwts.parts(jwt)[1]));
    }

    /** The session an access token belongs to: its {@code gid} claim. */
    private String sessionId(Pair pair) {
        return (String) claims(pair.access()).get("gid");
    }

    private Map<String, Object> parse(String json) {
        try {
            return jsonMapper.readValue(json, Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(List<Object> items) {
        return items.stream().map(item -> (Map<String, Object>) item).toList();
    }

    /** Every audit record of one action, following the cursor to the end. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String action) {
        List<Map<String, Object>> records = new ArrayList<>();
        String cursor = null;
        do {
            Response page = operator("GET", "/admin/v1/audit?per_page=100&action=" + action
                    + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertEquals(200, page.status(), page.body());
            records.addAll(maps((List<Object>) page.json().get("items")));
            Map<String, Object> meta = (Map<String, Object>) page.json().get("meta");
            cursor = (String) meta.get("next_cursor");
        } while (cursor != null);
        return records;
    }

    private static Map<String, Object> only(List<Map<String, Object>> records, String requestId) {
        List<Map<String, Object>> matching = records.stream()
                .filter(record -> requestId.equals(record.get("request_id"))).toList();
        assertEquals(1, matching.size(), requestId + " in " + records);
        return matching.get(0);
    }
}
