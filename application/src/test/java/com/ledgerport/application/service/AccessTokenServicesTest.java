package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase.IssueAccessTokenCommand;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.GetAccessTokenQuery;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.RevokeAccessTokenCommand;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.UpdateAccessTokenCommand;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.Partner;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokenServicesTest {

    private final Fixture fixture = new Fixture();
    private final Partner partner = fixture.partner("Acme");
    private final Partner other = fixture.partner("Other");
    private final MemberPrincipal member = new MemberPrincipal(MemberId.generate(), partner.id(),
            SessionId.generate());
    private final IssueAccessTokenService issue = new IssueAccessTokenService(fixture.unitOfWork,
            fixture.accessTokens, fixture.bearerTokens, fixture.auditLog, fixture.outbox, fixture.clock,
            Duration.ofDays(730), 5);
    private final ManageAccessTokensService manage = new ManageAccessTokensService(fixture.unitOfWork,
            fixture.accessTokens, fixture.auditLog, fixture.directory, fixture.outbox, fixture.clock);

    private IssueAccessTokenUseCase.AccessTokenIssue issue(Principal issuer, Scopes scopes,
            Optional<Long> expiresAt) {
        return issue.issue(new IssueAccessTokenCommand(issuer, partner.id(), "s2s", Mode.TEST, scopes, expiresAt,
                Fixture.OPERATOR));
    }

    private AuthenticateBearerUseCase.BearerAuthentication use(String jwt) {
        return fixture.authenticateBearer.authenticate(new AuthenticateBearerCommand(jwt,
                Set.of(TokenKind.ACCESS_TOKEN), Optional.empty(), "req"));
    }

    @Test
    void a_member_issues_a_token_that_authenticates_with_its_scopes_for_a_year() {
        var issued = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        assertEquals(fixture.clock.instant().plus(Duration.ofDays(365)), issued.token().expiresAt());
        var principal = (AccessTokenPrincipal) assertInstanceOf(AuthenticateBearerUseCase.Authenticated.class,
                use(issued.jwt())).principal();
        assertTrue(principal.allows(Permission.BALANCE_READ_ONE));
        assertEquals(Mode.TEST, principal.mode());
        fixture.clock.advance(Duration.ofDays(365));
        assertEquals(AuthenticateBearerUseCase.Reason.EXPIRED,
                assertInstanceOf(AuthenticateBearerUseCase.Rejected.class, use(issued.jwt())).reason());
    }

    @Test
    void refuses_other_companies_expiries_out_of_range_and_too_many_tokens() {
        var foreign = issue.issue(new IssueAccessTokenCommand(member, other.id(), "", Mode.LIVE, Scopes.none(),
                Optional.empty(), Fixture.OPERATOR));
        assertEquals(IssueAccessTokenUseCase.Reason.COMPANY_NOT_ALLOWED,
                assertInstanceOf(IssueAccessTokenUseCase.Rejected.class, foreign).reason());
        long now = fixture.clock.instant().getEpochSecond();
        for (long at : new long[] {now, now - 1, now + Duration.ofDays(731).toSeconds()}) {
            assertEquals(IssueAccessTokenUseCase.Reason.INVALID_EXPIRY, assertInstanceOf(
                    IssueAccessTokenUseCase.Rejected.class, issue(member, Scopes.none(), Optional.of(at))).reason());
        }
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(IssueAccessTokenUseCase.Issued.class, issue(member, Scopes.none(), Optional.empty()));
        }
        assertEquals(IssueAccessTokenUseCase.Reason.TOO_MANY_TOKENS, assertInstanceOf(
                IssueAccessTokenUseCase.Rejected.class, issue(member, Scopes.none(), Optional.empty())).reason());
    }

    @Test
    void a_token_hands_on_only_scopes_it_holds() {
        Scopes held = Scopes.of(Permission.ACCESSTOKEN_CREATE_ONE, Permission.BALANCE_READ_ONE);
        var parent = assertInstanceOf(IssueAccessTokenUseCase.Issued.class, issue(member, held, Optional.empty()));
        Principal holder = ((AuthenticateBearerUseCase.Authenticated) use(parent.jwt())).principal();
        assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(holder, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        assertEquals(IssueAccessTokenUseCase.Reason.NOT_ALLOWED, assertInstanceOf(
                IssueAccessTokenUseCase.Rejected.class,
                issue(holder, Scopes.of(Permission.ORDERS_CREATE_ONE), Optional.empty())).reason());

        var plain = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        Principal withoutRight = ((AuthenticateBearerUseCase.Authenticated) use(plain.jwt())).principal();
        assertEquals(IssueAccessTokenUseCase.Reason.NOT_ALLOWED, assertInstanceOf(
                IssueAccessTokenUseCase.Rejected.class, issue(withoutRight, Scopes.none(), Optional.empty())).reason());
    }

    @Test
    void updated_scopes_and_revocation_act_on_the_very_next_use() {
        var issued = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        assertTrue(((AuthenticateBearerUseCase.Authenticated) use(issued.jwt())).principal()
                .allows(Permission.BALANCE_READ_ONE));
        manage.update(new UpdateAccessTokenCommand(member, partner.id(), issued.token().id(), Optional.of("renamed"),
                Optional.of(Scopes.of(Permission.ORDERS_READ_MANY)), Fixture.OPERATOR));
        Principal updated = ((AuthenticateBearerUseCase.Authenticated) use(issued.jwt())).principal();
        assertTrue(updated.allows(Permission.ORDERS_READ_MANY));
        assertTrue(!updated.allows(Permission.BALANCE_READ_ONE));

        manage.revoke(new RevokeAccessTokenCommand(member, partner.id(), issued.token().id(), Fixture.OPERATOR));
        assertEquals(AuthenticateBearerUseCase.Reason.REVOKED,
                assertInstanceOf(AuthenticateBearerUseCase.Rejected.class, use(issued.jwt())).reason());
    }

    @Test
    void another_companys_token_is_not_found() {
        var issued = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.none(), Optional.empty()));
        MemberPrincipal stranger = new MemberPrincipal(MemberId.generate(), other.id(), SessionId.generate());
        var refused = assertInstanceOf(ManageAccessTokensUseCase.Refused.class,
                manage.get(new GetAccessTokenQuery(stranger, other.id(), issued.token().id())));
        assertEquals(ManageAccessTokensUseCase.Reason.NOT_FOUND, refused.reason());
        var wrongCompany = assertInstanceOf(ManageAccessTokensUseCase.Refused.class,
                manage.get(new GetAccessTokenQuery(stranger, partner.id(), issued.token().id())));
        assertEquals(ManageAccessTokensUseCase.Reason.COMPANY_NOT_ALLOWED, wrongCompany.reason());
    }

    @Test
    void a_token_made_by_a_token_never_outlives_it() {
        Scopes held = Scopes.of(Permission.ACCESSTOKEN_CREATE_ONE, Permission.BALANCE_READ_ONE);
        long parentEnd = fixture.clock.instant().plus(Duration.ofDays(30)).getEpochSecond();
        var parent = assertInstanceOf(IssueAccessTokenUseCase.Issued.class, issue(member, held,
                Optional.of(parentEnd)));
        Principal holder = ((AuthenticateBearerUseCase.Authenticated) use(parent.jwt())).principal();
        var child = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(holder, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        assertEquals(parent.token().expiresAt(), child.token().expiresAt(), "the default year is cut to the parent's");
        assertEquals(IssueAccessTokenUseCase.Reason.INVALID_EXPIRY, assertInstanceOf(
                IssueAccessTokenUseCase.Rejected.class,
                issue(holder, Scopes.of(Permission.BALANCE_READ_ONE), Optional.of(parentEnd + 1))).reason());
    }

    @Test
    void failed_uses_of_an_existing_token_are_audited() {
        var issued = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.none(), Optional.empty()));
        manage.revoke(new RevokeAccessTokenCommand(member, partner.id(), issued.token().id(), Fixture.OPERATOR));
        use(issued.jwt());
        assertEquals("access_token.use", fixture.auditLog.last().action());
        assertEquals("rejected:revoked", fixture.auditLog.last().outcome());
    }

    @Test
    void creating_updating_and_revoking_write_access_token_events() {
        var issued = assertInstanceOf(IssueAccessTokenUseCase.Issued.class,
                issue(member, Scopes.of(Permission.BALANCE_READ_ONE), Optional.empty()));
        manage.update(new UpdateAccessTokenCommand(member, partner.id(), issued.token().id(), Optional.of("renamed"),
                Optional.empty(), Fixture.OPERATOR));
        manage.revoke(new RevokeAccessTokenCommand(member, partner.id(), issued.token().id(), Fixture.OPERATOR));
        var events = fixture.outbox.events();
        assertEquals(java.util.List.of(com.ledgerport.domain.event.EventType.ACCESS_TOKEN_CREATED,
                com.ledgerport.domain.event.EventType.ACCESS_TOKEN_UPDATED,
                com.ledgerport.domain.event.EventType.ACCESS_TOKEN_UPDATED),
                events.stream().map(com.ledgerport.domain.event.Event::type).toList());
        assertEquals(java.util.List.of(1L, 2L, 3L),
                events.stream().map(com.ledgerport.domain.event.Event::sequence).toList());
        assertEquals("company/" + partner.id() + "/test/access_token/create_one", events.get(0).topic());
        assertTrue(events.stream().noneMatch(event -> event.payload().fields().containsKey("jwt")));
    }
}
