package com.ledgerport.application.service;

import com.ledgerport.application.testing.InMemoryAccessTokens;
import com.ledgerport.application.testing.InMemoryApiKeys;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryCustomers;
import com.ledgerport.application.testing.InMemoryBearerTokens;
import com.ledgerport.application.testing.InMemoryLedger;
import com.ledgerport.application.testing.InMemoryMembers;
import com.ledgerport.application.testing.InMemoryOperatorCredentials;
import com.ledgerport.application.testing.InMemoryOutbox;
import com.ledgerport.application.testing.InMemoryPartnerSurfaces;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemorySessions;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.application.testing.RecordingCredentialRevocations;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.access.PasswordHasher;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Every foundation service over the in-memory adapters, sharing one clock. */
final class Fixture {

    static final String PASSWORD = "correct horse battery staple";
    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-test");
    static final CallContext ANONYMOUS = new CallContext(Actor.anonymous(), "req-anon");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final InMemoryPartners partners = new InMemoryPartners();
    final InMemoryMembers members = new InMemoryMembers();
    final InMemorySessions sessions = new InMemorySessions();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryLedger ledger = new InMemoryLedger(auditLog);
    final InMemoryOperatorCredentials operatorCredentials = new InMemoryOperatorCredentials();
    final InMemoryBearerTokens bearerTokens = new InMemoryBearerTokens();
    final InMemoryApiKeys apiKeys = new InMemoryApiKeys();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryAccessTokens accessTokens = new InMemoryAccessTokens();
    final InMemoryPartnerSurfaces partnerSurfaces = new InMemoryPartnerSurfaces();
    final RecordingCredentialRevocations revocations = new RecordingCredentialRevocations();
    final CredentialCache cache = new CredentialCache(clock, Duration.ofSeconds(30));
    final CredentialDirectory directory = new CredentialDirectory(cache, revocations, unitOfWork, partners,
            partnerSurfaces, apiKeys, accessTokens, sessions);
    final PasswordHasher passwordHasher = new PasswordHasher(PasswordHasher.ITERATIONS_MIN);

    final RegisterPartnerService registerPartner = new RegisterPartnerService(unitOfWork, partners, ledger, auditLog,
            clock);
    final ChangePartnerStatusService changePartnerStatus =
            new ChangePartnerStatusService(unitOfWork, partners, auditLog, directory, clock);
    final AddMemberService addMember =
            new AddMemberService(unitOfWork, partners, members, auditLog, passwordHasher, clock);
    final LogInService logIn = new LogInService(unitOfWork, members, partners, sessions, auditLog, passwordHasher,
            bearerTokens, clock);
    final RefreshSessionService refreshSession =
            new RefreshSessionService(unitOfWork, sessions, partners, auditLog, bearerTokens, directory, clock);
    final FailureAudits failureAudits = new FailureAudits(clock);
    final AuthenticateBearerService authenticateBearer =
            new AuthenticateBearerService(bearerTokens, directory, unitOfWork, auditLog, failureAudits,
                    customers, clock);
    final AuthenticateMemberService authenticateMember = new AuthenticateMemberService(authenticateBearer);
    final RevokeSessionService revokeSession =
            new RevokeSessionService(unitOfWork, sessions, auditLog, directory, clock);
    final ListSessionsService listSessions = new ListSessionsService(unitOfWork, sessions, clock);

    Partner partner(String name) {
        return registerPartner.register(
                new com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand(name,
                        Currency.of("EUR"), OPERATOR));
    }

    Member member(Partner partner, String email) {
        var outcome = addMember.add(new com.ledgerport.application.port.in.AddMemberUseCase.AddMemberCommand(
                partner.id(), Email.parse(email), Password.choose(PASSWORD), OPERATOR));
        return ((com.ledgerport.application.port.in.AddMemberUseCase.Added) outcome).member();
    }

    Optional<Partner> reload(Partner partner) {
        return partners.find(partner.id());
    }
}
