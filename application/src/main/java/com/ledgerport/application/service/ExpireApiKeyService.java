package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ExpireApiKeyUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ExpireApiKeyService implements ExpireApiKeyUseCase {

    private final UnitOfWork unitOfWork;
    private final ApiKeys apiKeys;
    private final AuditLog auditLog;
    private final CredentialDirectory directory;
    private final Clock clock;

    public ExpireApiKeyService(UnitOfWork unitOfWork, ApiKeys apiKeys, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.apiKeys = apiKeys;
        this.auditLog = auditLog;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public KeyExpiry expire(ExpireApiKeyCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<ApiKey> key = apiKeys.find(command.keyId())
                    .filter(found -> found.partnerId().equals(command.partnerId()));
            if (key.isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                        "api_key.expire", command.keyId().toString(), AuditRecord.rejected("not_found")));
                return new KeyNotFound();
            }
            apiKeys.revoke(command.keyId(), now);
            directory.changedAfterCommit(new CredentialChange.ApiKeyRevoked(command.keyId()));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                    "api_key.expire", command.keyId().toString(), AuditRecord.SUCCEEDED));
            return new Expired(apiKeys.find(command.keyId()).orElseThrow());
        });
    }
}
