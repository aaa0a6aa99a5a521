package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.AuthenticateMemberCommand;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.ChangePartnerStatusCommand;
import com.ledgerport.application.port.in.ListSessionsUseCase.ListSessionsQuery;
import com.ledgerport.application.port.in.LogInUseCase;
import com.ledgerport.application.port.in.LogInUseCase.LogInCommand;
import com.ledgerport.application.port.in.LogInUseCase.LoggedIn;
import com.ledgerport.application.port.in.RefreshSessionUseCase;
import com.ledgerport.application.port.in.RefreshSessionUseCase.RefreshSessionCommand;
import com.ledgerport.application.port.in.RefreshSessionUseCase.Refreshed;
import com.ledgerport.application.port.in.RevokeSessionUseCase;
import com.ledgerport.application.port.in.RevokeSessionUseCase.RevokeAllSessionsCommand;
import com.ledgerport.application.port.in.RevokeSessionUseCase.RevokeSessionCommand;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

    private final Fixture fixture = new Fixture();
    private final Partner partner = fixture.partner("Acme");
    private final Member member = fixture.member(partner, "ada@acme.example");

    private LogInUseCase.LogIn logIn(String username, String password) {
        return fixture.logIn.logIn(new LogInCommand(username, Password.presented(password), "agent",
                Fixture.ANONYMOUS));
    }

    private LoggedIn loggedIn() {
        return assertInstanceOf(LoggedIn.class, logIn("ADA@acme.example", Fixture.PASSWORD));
    }

    private RefreshSessionUseCase.Refresh refresh(String token) {
        return fixture.refreshSession.refresh(new RefreshSessionCommand(token, Fixture.ANONYMOUS));
    }

    private AuthenticateMemberUseCase.MemberAuthentication authenticate(String accessToken) {
        return fixture.authenticateMember.authenticate(new AuthenticateMemberCommand(accessToken));
    }

    private static AuthenticateMemberUseCase.Reason rejection(AuthenticateMemberUseCase.MemberAuthentication outcome) {
        return assertInstanceOf(AuthenticateMemberUseCase.Rejected.class, outcome).reason();
    }

    @Test
    void logs_in_with_a_case_insensitive_email_and_audits_it() {
        LoggedIn loggedIn = loggedIn();
        assertEquals(member.id(), loggedIn.session().memberId());
        assertEquals(fixture.clock.instant().plus(Session.REFRESH_TOKEN_TTL), loggedIn.session().expiresAt());
        AuditRecord audit = fixture.auditLog.last();
        assertEquals("session.login", audit.action());
        assertEquals(AuditRecord.SUCCEEDED, audit.outcome());
        assertEquals("req-anon", audit.requestId());
    }

    @Test
    void refuses_wrong_passwords_unknown_users_and_malformed_usernames_alike() {
        for (String[] attempt : new String[][] {{"ada@acme.example", "wrong password"},
                {"nobody@acme.example", Fixture.PASSWORD}, {"not an email", Fixture.PASSWORD}, {"", "x"}}) {
            LogInUseCase.LogIn outcome = logIn(attempt[0], attempt[1]);
            assertEquals(LogInUseCase.Reason.WRONG_CREDENTIALS,
                    assertInstanceOf(LogInUseCase.Rejected.class, outcome).reason());
            assertEquals("rejected:wrong_credentials", fixture.auditLog.last().outcome());
        }
    }

    @Test
    void refuses_members_of_a_suspended_partner_everywhere() {
        LoggedIn before = loggedIn();
        fixture.changePartnerStatus.change(new ChangePartnerStatusCommand(partner.id(), PartnerStatus.SUSPENDED,
                Fixture.OPERATOR));
        assertEquals(LogInUseCase.Reason.PARTNER_SUSPENDED,
                assertInstanceOf(LogInUseCase.Rejected.class, logIn("ada@acme.example", Fixture.PASSWORD)).reason());
        assertEquals(AuthenticateMemberUseCase.Reason.PARTNER_SUSPENDED, rejection(authenticate(
                before.tokens().accessToken())));
        assertEquals(RefreshSessionUseCase.Reason.PARTNER_SUSPENDED, assertInstanceOf(
                RefreshSessionUseCase.Rejected.class, refresh(before.tokens().refreshToken())).reason());

        fixture.changePartnerStatus.change(new ChangePartnerStatusCommand(partner.id(), PartnerStatus.ACTIVE,
                Fixture.OPERATOR));
        assertInstanceOf(AuthenticateMemberUseCase.Authenticated.class, authenticate(before.tokens().accessToken()));
    }

    @Test
    void authenticates_an_access_token_until_it_expires() {
        LoggedIn loggedIn = loggedIn();
        var authenticated = assertInstanceOf(AuthenticateMemberUseCase.Authenticated.class,
                authenticate(loggedIn.tokens().accessToken()));
        assertEquals(new MemberPrincipal(member.id(), partner.id(), loggedIn.session().id()),
                authenticated.principal());
        fixture.clock.advance(Session.ACCESS_TOKEN_TTL.minusSeconds(1));
        assertInstanceOf(AuthenticateMemberUseCase.Authenticated.class, authenticate(loggedIn.tokens().accessToken()));
        fixture.clock.advance(Duration.ofSeconds(1));
        assertEquals(AuthenticateMemberUseCase.Reason.EXPIRED,
                rejection(authenticate(loggedIn.tokens().accessToken())));
    }

    @Test
    void refuses_malformed_and_unknown_access_tokens() {
        assertEquals(AuthenticateMemberUseCase.Reason.MALFORMED, rejection(authenticate("")));
        assertEquals(AuthenticateMemberUseCase.Reason.MALFORMED, rejection(authenticate("nonsense")));
        assertEquals(AuthenticateMemberUseCase.Reason.MALFORMED, rejection(authenticate("x".repeat(5000))));
    }

    @Test
    void rotates_refresh_tokens_and_treats_a_reused_one_as_theft() {
        LoggedIn loggedIn = loggedIn();
        Refreshed first = assertInstanceOf(Refreshed.class, refresh(loggedIn.tokens().refreshToken()));
        assertNotEquals(loggedIn.tokens().refreshToken(), first.tokens().refreshToken());
        Refreshed second = assertInstanceOf(Refreshed.class, refresh(first.tokens().refreshToken()));

        RefreshSessionUseCase.Rejected reused = assertInstanceOf(RefreshSessionUseCase.Rejected.class,
                refresh(loggedIn.tokens().refreshToken()));
        assertEquals(RefreshSessionUseCase.Reason.REUSED_TOKEN, reused.reason());
        assertEquals(AuthenticateMemberUseCase.Reason.SESSION_REVOKED,
                rejection(authenticate(second.tokens().accessToken())), "the whole session is revoked");
        assertEquals(RefreshSessionUseCase.Reason.SESSION_REVOKED, assertInstanceOf(
                RefreshSessionUseCase.Rejected.class, refresh(second.tokens().refreshToken())).reason());
        assertEquals("rejected:reused_token", fixture.auditLog.all().stream()
                .filter(record -> record.action().equals("session.refresh"))
                .filter(record -> record.outcome().startsWith("rejected:reused")).findFirst().get().outcome());
    }

    @Test
    void refuses_unknown_and_expired_refresh_tokens() {
        assertEquals(RefreshSessionUseCase.Reason.UNKNOWN_TOKEN,
                assertInstanceOf(RefreshSessionUseCase.Rejected.class, refresh("lp_rt_unknown")).reason());
        assertEquals(RefreshSessionUseCase.Reason.UNKNOWN_TOKEN,
                assertInstanceOf(RefreshSessionUseCase.Rejected.class, refresh("")).reason());
        LoggedIn loggedIn = loggedIn();
        fixture.clock.advance(Session.REFRESH_TOKEN_TTL);
        assertEquals(RefreshSessionUseCase.Reason.SESSION_EXPIRED, assertInstanceOf(
                RefreshSessionUseCase.Rejected.class, refresh(loggedIn.tokens().refreshToken())).reason());
    }

    @Test
    void a_refresh_extends_the_session_by_the_refresh_ttl() {
        LoggedIn loggedIn = loggedIn();
        fixture.clock.advance(Duration.ofDays(59));
        Refreshed refreshed = assertInstanceOf(Refreshed.class, refresh(loggedIn.tokens().refreshToken()));
        fixture.clock.advance(Duration.ofDays(59));
        assertInstanceOf(Refreshed.class, refresh(refreshed.tokens().refreshToken()));
    }

    @Test
    void revokes_one_session_of_the_member_but_not_another_members() {
        LoggedIn mine = loggedIn();
        LoggedIn mineToo = loggedIn();
        Member other = fixture.member(partner, "bob@acme.example");
        var othersLogin = assertInstanceOf(LoggedIn.class, logIn("bob@acme.example", Fixture.PASSWORD));
        MemberPrincipal principal = new MemberPrincipal(member.id(), partner.id(), mine.session().id());

        RevokeSessionUseCase.Revocation foreign = fixture.revokeSession.revoke(
                new RevokeSessionCommand(principal, othersLogin.session().id(), Fixture.OPERATOR));
        assertInstanceOf(RevokeSessionUseCase.SessionNotFound.class, foreign);
        assertInstanceOf(AuthenticateMemberUseCase.Authenticated.class,
                authenticate(othersLogin.tokens().accessToken()));
        assertInstanceOf(RevokeSessionUseCase.SessionNotFound.class, fixture.revokeSession.revoke(
                new RevokeSessionCommand(principal, SessionId.generate(), Fixture.OPERATOR)));

        var revoked = assertInstanceOf(RevokeSessionUseCase.Revoked.class, fixture.revokeSession.revoke(
                new RevokeSessionCommand(principal, mineToo.session().id(), Fixture.OPERATOR)));
        assertTrue(revoked.session().revokedAt().isPresent());
        assertEquals(AuthenticateMemberUseCase.Reason.SESSION_REVOKED,
                rejection(authenticate(mineToo.tokens().accessToken())));
        assertEquals(1, fixture.listSessions.list(new ListSessionsQuery(principal)).size());
        assertEquals(other.id(), othersLogin.session().memberId());
    }

    @Test
    void revokes_all_sessions_of_the_member() {
        LoggedIn first = loggedIn();
        loggedIn();
        MemberPrincipal principal = new MemberPrincipal(member.id(), partner.id(), first.session().id());
        assertEquals(2, fixture.revokeSession.revokeAll(new RevokeAllSessionsCommand(principal, Fixture.OPERATOR)));
        assertEquals(0, fixture.listSessions.list(new ListSessionsQuery(principal)).size());
        assertEquals(AuthenticateMemberUseCase.Reason.SESSION_REVOKED,
                rejection(authenticate(first.tokens().accessToken())));
    }
}
