package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RefreshSessionUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.SecretToken;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use refresh tokens with reuse detection: presenting a token that was already exchanged revokes the
 * whole session, because either the client or a thief holds a copy, and we cannot tell which.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private static final String ACTION = "session.refresh";

    private final UnitOfWork unitOfWork;
    private final Sessions sessions;
    private final Partners partners;
    private final AuditLog auditLog;
    private final SessionTokenMinter minter;
    private final CredentialDirectory directory;
    private final Clock clock;

    public RefreshSessionService(UnitOfWork unitOfWork, Sessions sessions, Partners partners, AuditLog auditLog,
            BearerTokens bearerTokens, CredentialDirectory directory, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.sessions = sessions;
        this.partners = partners;
        this.auditLog = auditLog;
        this.minter = new SessionTokenMinter(bearerTokens);
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Refresh refresh(RefreshSessionCommand command) {
        String token = command.refreshToken();
        if (token == null || token.isEmpty() || token.length() > SecretToken.PRESENTED_LENGTH_MAX) {
            return new Rejected(Reason.UNKNOWN_TOKEN);
        }
        String digest = SecretToken.digest(token);
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Session> current = sessions.findByRefreshDigest(digest);
            if (current.isEmpty()) {
                return rejectUnknownOrReused(digest, now, command.context());
            }
            Session session = current.get();
            Optional<Reason> refusal = refusal(session, now);
            if (refusal.isPresent()) {
                audit(command.context(), session, now, AuditRecord.rejected(refusal.get().name().toLowerCase()));
                return new Rejected(refusal.get());
            }
            Session refreshed = session.refreshedAt(now);
            SessionTokenMinter.Minted minted = minter.mint(refreshed, now);
            if (!sessions.rotateRefresh(refreshed, digest, minted.refreshDigest())) {
                // A concurrent refresh exchanged this very token first: this presentation is a reuse.
                sessions.revoke(session.id(), now);
                directory.changedAfterCommit(new CredentialChange.SessionRevoked(session.id()));
                audit(command.context(), session, now, AuditRecord.rejected("reused_token"));
                return new Rejected(Reason.REUSED_TOKEN);
            }
            audit(command.context(), session, now, AuditRecord.SUCCEEDED);
            return new Refreshed(minted.tokens());
        });
    }

    private Refresh rejectUnknownOrReused(String digest, Instant now, CallContext context) {
        Optional<SessionId> reusedOf = sessions.findByUsedRefreshDigest(digest);
        if (reusedOf.isEmpty()) {
            auditLog.append(AuditRecord.of(context, now, Optional.empty(), ACTION, "",
                    AuditRecord.rejected("unknown_token")));
            return new Rejected(Reason.UNKNOWN_TOKEN);
        }
        sessions.revoke(reusedOf.get(), now);
        directory.changedAfterCommit(new CredentialChange.SessionRevoked(reusedOf.get()));
        Optional<Session> session = sessions.find(reusedOf.get());
        auditLog.append(AuditRecord.of(context, now, session.map(Session::partnerId), ACTION,
                reusedOf.get().toString(), AuditRecord.rejected("reused_token")));
        return new Rejected(Reason.REUSED_TOKEN);
    }

    private Optional<Reason> refusal(Session session, Instant now) {
        if (session.revokedAt().isPresent()) {
            return Optional.of(Reason.SESSION_REVOKED);
        }
        if (!session.isActiveAt(now)) {
            return Optional.of(Reason.SESSION_EXPIRED);
        }
        boolean partnerActive = partners.find(session.partnerId()).map(Partner::isActive).orElse(false);
        return partnerActive ? Optional.empty() : Optional.of(Reason.PARTNER_SUSPENDED);
    }

    private void audit(CallContext context, Session session, Instant now, String outcome) {
        auditLog.append(AuditRecord.of(context, now, Optional.of(session.partnerId()), ACTION,
                session.id().toString(), outcome));
    }
}
