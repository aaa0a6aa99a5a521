package com.ledgerport.application.service;

import com.ledgerport.application.port.in.LogInUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.PasswordHasher;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class LogInService implements LogInUseCase {

    private final UnitOfWork unitOfWork;
    private final Members members;
    private final Partners partners;
    private final Sessions sessions;
    private final AuditLog auditLog;
    private final PasswordHasher passwordHasher;
    private final SessionTokenMinter minter;
    private final Clock clock;

    public LogInService(UnitOfWork unitOfWork, Members members, Partners partners, Sessions sessions,
            AuditLog auditLog, PasswordHasher passwordHasher, BearerTokens bearerTokens, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.members = members;
        this.partners = partners;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.passwordHasher = passwordHasher;
        this.minter = new SessionTokenMinter(bearerTokens);
        this.clock = clock;
    }

    @Override
    public LogIn logIn(LogInCommand command) {
        Optional<Member> member = parseEmail(command.username()).flatMap(email -> unitOfWork.read(
                () -> members.findByEmail(email)));
        // The slow hash runs outside any transaction, and also for unknown users so timing tells nothing.
        boolean passwordMatches = member.map(m -> passwordHasher.matches(command.password(), m.passwordHash()))
                .orElseGet(() -> {
                    passwordHasher.matchNothing(command.password());
                    return false;
                });
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (!passwordMatches) {
                auditLog.append(AuditRecord.of(command.context(), now, member.map(Member::partnerId),
                        "session.login", member.map(m -> m.id().toString()).orElse(""),
                        AuditRecord.rejected("wrong_credentials")));
                return new Rejected(Reason.WRONG_CREDENTIALS);
            }
            Member found = member.get();
            boolean active = partners.find(found.partnerId()).map(Partner::isActive).orElse(false);
            if (!active) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(found.partnerId()),
                        "session.login", found.id().toString(), AuditRecord.rejected("partner_suspended")));
                return new Rejected(Reason.PARTNER_SUSPENDED);
            }
            Session session = Session.start(found, now, command.userAgent());
            SessionTokenMinter.Minted minted = minter.mint(session, now);
            sessions.add(session, minted.refreshDigest());
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(found.partnerId()), "session.login",
                    session.id().toString(), AuditRecord.SUCCEEDED));
            return new LoggedIn(minted.tokens(), session);
        });
    }

    private static Optional<Email> parseEmail(String username) {
        try {
            return Optional.of(Email.parse(username));
        } catch (InvalidValueException | NullPointerException notAnEmail) {
            return Optional.empty();
        }
    }
}
