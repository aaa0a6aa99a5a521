package com.ledgerport.application.service;

import com.ledgerport.application.port.in.IssueResellerTokenUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.ResellerPrincipal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The Reseller token names the API key it was issued for (by its public key) and never outlives it: it
 * expires with the key at the latest, and revoking the key cuts it off at once.
 */
public final class IssueResellerTokenService implements IssueResellerTokenUseCase {

    private final UnitOfWork unitOfWork;
    private final ApiKeys apiKeys;
    private final BearerTokens bearerTokens;
    private final AuditLog auditLog;
    private final Clock clock;

    public IssueResellerTokenService(UnitOfWork unitOfWork, ApiKeys apiKeys, BearerTokens bearerTokens,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.apiKeys = apiKeys;
        this.bearerTokens = bearerTokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public ResellerToken issue(IssueResellerTokenCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            ApiKey key = apiKeys.find(command.principal().keyId())
                    .orElseThrow(() -> new IllegalStateException("an authenticated key vanished"));
            Instant ttlEnd = now.plus(TTL);
            Instant expiresAt = ttlEnd.isBefore(key.expiresAt()) ? ttlEnd : key.expiresAt();
            String jwt = bearerTokens.mint(new BearerClaims(TokenKind.RESELLER, key.partnerId().toString(),
                    key.partnerId(), key.publicKey(), now, expiresAt, ResellerPrincipal.SCOPES,
                    Optional.of(key.mode())));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(key.partnerId()),
                    "reseller_token.issue", key.id().toString(), AuditRecord.SUCCEEDED));
            return new ResellerToken(jwt, expiresAt);
        });
    }
}
