package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RevokeSessionUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class RevokeSessionService implements RevokeSessionUseCase {

    private final UnitOfWork unitOfWork;
    private final Sessions sessions;
    private final AuditLog auditLog;
    private final CredentialDirectory directory;
    private final Clock clock;

    public RevokeSessionService(UnitOfWork unitOfWork, Sessions sessions, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Revocation revoke(RevokeSessionCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Session> session = sessions.find(command.sessionId())
                    .filter(s -> s.memberId().equals(command.principal().memberId()));
            if (session.isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.principal().partnerId()),
                        "session.revoke", command.sessionId().toString(), AuditRecord.rejected("not_found")));
                return new SessionNotFound();
            }
            sessions.revoke(command.sessionId(), now);
            directory.changedAfterCommit(new CredentialChange.SessionRevoked(command.sessionId()));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.principal().partnerId()),
                    "session.revoke", command.sessionId().toString(), AuditRecord.SUCCEEDED));
            return new Revoked(session.get().revokedAt(now));
        });
    }

    @Override
    public int revokeAll(RevokeAllSessionsCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            sessions.listActive(command.principal().memberId(), now, Integer.MAX_VALUE).forEach(session ->
                    directory.changedAfterCommit(new CredentialChange.SessionRevoked(session.id())));
            int revoked = sessions.revokeAll(command.principal().memberId(), now);
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.principal().partnerId()),
                    "session.revoke_all", command.principal().memberId().toString(), AuditRecord.SUCCEEDED));
            return revoked;
        });
    }
}
