package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.ApiKeys.NewApiKey;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyLifetime;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class CreateApiKeyService implements CreateApiKeyUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final ApiKeys apiKeys;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration lifetimeMax;
    private final int activeKeysMax;

    public CreateApiKeyService(UnitOfWork unitOfWork, Partners partners, ApiKeys apiKeys, AuditLog auditLog,
            Clock clock, Duration lifetimeMax, int activeKeysMax) {
        Require.that(activeKeysMax >= 1, "at least one active key must be allowed");
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.apiKeys = apiKeys;
        this.auditLog = auditLog;
        this.clock = clock;
        this.lifetimeMax = lifetimeMax;
        this.activeKeysMax = activeKeysMax;
    }

    @Override
    public ApiKeyCreation create(CreateApiKeyCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (partners.find(command.partnerId()).isEmpty()) {
                return reject(command, now, Reason.PARTNER_NOT_FOUND, Optional.empty(), "partner not found");
            }
            ApiKeyLifetime.Resolution lifetime = ApiKeyLifetime.resolve(command.ttlSeconds(),
                    command.expiresAtUnix(), now, lifetimeMax);
            if (lifetime instanceof ApiKeyLifetime.Refused refused) {
                return reject(command, now, Reason.INVALID_LIFETIME, Optional.of(refused.field()), refused.message());
            }
            if (apiKeys.countActive(command.partnerId(), now) >= activeKeysMax) {
                return reject(command, now, Reason.TOO_MANY_KEYS, Optional.empty(),
                        "a partner may hold at most " + activeKeysMax + " active keys; expire one first");
            }
            Instant expiresAt = ((ApiKeyLifetime.Expiry) lifetime).expiresAt();
            ApiKeyMaterial material = ApiKeyMaterial.generate(command.mode());
            ApiKey key = apiKeys.add(new NewApiKey(command.partnerId(), command.name(), material.publicKey(),
                    material.secretDigest(), command.mode(), now, expiresAt));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(key.partnerId()), "api_key.create",
                    key.id().toString(), AuditRecord.SUCCEEDED));
            return new Created(key, material);
        });
    }

    private Rejected reject(CreateApiKeyCommand command, Instant now, Reason reason, Optional<String> field,
            String message) {
        auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), "api_key.create",
                "", AuditRecord.rejected(reason.name().toLowerCase(java.util.Locale.ROOT))));
        return new Rejected(reason, field, message);
    }
}
