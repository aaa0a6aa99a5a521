package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CredentialCache.PartnerStanding;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.SecretToken;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies an API key: shape first (junk never reaches storage), then the key by its public part (cached), the
 * secret by constant-time digest comparison, then revocation, expiry, the partner's standing, tenant and
 * surface. Failures of an existing key are audited, at most {@link FailureAudits#PER_MINUTE_MAX} a minute per
 * key; unknown keys are not (they are nobody's credential, and auditing them would let anyone fill the log).
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private final CredentialDirectory directory;
    private final UnitOfWork unitOfWork;
    private final ApiKeys apiKeys;
    private final AuditLog auditLog;
    private final FailureAudits failureAudits;
    private final Clock clock;

    public AuthenticateApiKeyService(CredentialDirectory directory, UnitOfWork unitOfWork, ApiKeys apiKeys,
            AuditLog auditLog, FailureAudits failureAudits, Clock clock) {
        this.directory = directory;
        this.unitOfWork = unitOfWork;
        this.apiKeys = apiKeys;
        this.auditLog = auditLog;
        this.failureAudits = failureAudits;
        this.clock = clock;
    }

    @Override
    public KeyAuthentication authenticate(AuthenticateApiKeyCommand command) {
        Optional<Parts> parts = parts(command.presented());
        if (parts.isEmpty()) {
            return new Rejected(Reason.MALFORMED);
        }
        Optional<ApiKey> found = directory.apiKey(parts.get().publicKey());
        if (found.isEmpty()) {
            SecretToken.digest(parts.get().secret()); // the same work as a real check, so timing tells nothing
            return new Rejected(Reason.UNKNOWN_KEY);
        }
        ApiKey key = found.get();
        Instant now = clock.instant();
        Optional<Reason> refusal = refusal(key, parts.get(), now, command);
        if (refusal.isPresent()) {
            if (failureAudits.shouldAudit("api_key:" + key.id())) {
                audit(command, key, now, AuditRecord.rejected(refusal.get().name().toLowerCase(Locale.ROOT)));
            }
            return new Rejected(refusal.get());
        }
        if (key.lastUseIsStaleAt(now)) {
            unitOfWork.write(() -> {
                apiKeys.touch(key.id(), now);
                return null;
            });
            directory.used(key, now);
        }
        return new Authenticated(new ApiKeyPrincipal(key.partnerId(), key.id(), key.mode()));
    }

    private Optional<Reason> refusal(ApiKey key, Parts parts, Instant now, AuthenticateApiKeyCommand command) {
        boolean modeMatches = parts.mode().map(key.mode()::equals).orElse(true);
        if (!key.matchesSecret(parts.secret()) || !modeMatches) {
            return Optional.of(Reason.WRONG_SECRET);
        }
        if (key.revokedAt().isPresent()) {
            return Optional.of(Reason.REVOKED);
        }
        if (!key.isActiveAt(now)) {
            return Optional.of(Reason.EXPIRED);
        }
        Optional<PartnerStanding> standing = directory.standing(key.partnerId());
        if (standing.isEmpty() || !standing.get().active()) {
            return Optional.of(Reason.PARTNER_SUSPENDED);
        }
        if (command.requestedTenant().isPresent() && !command.requestedTenant().get().equals(key.partnerId())) {
            return Optional.of(Reason.OTHER_TENANT);
        }
        if (command.surface().isPresent() && !standing.get().surfaces().contains(command.surface().get())) {
            return Optional.of(Reason.SURFACE_NOT_ALLOWED);
        }
        return Optional.empty();
    }

    /** The presented key, taken apart; {@code mode} only for the single-string form, which names one. */
    private record Parts(String publicKey, String secret, Optional<Mode> mode) {
    }

    private static Optional<Parts> parts(Presented presented) {
        if (presented instanceof PublicKeyAndSecret pair) {
            boolean wellFormed = ApiKeyMaterial.isPublicKey(pair.publicKey()) && ApiKeyMaterial.isSecret(pair.secret());
            return wellFormed ? Optional.of(new Parts(pair.publicKey(), pair.secret(), Optional.empty()))
                    : Optional.empty();
        }
        return ApiKeyMaterial.parseSingle(((SingleString) presented).apiKey())
                .map(material -> new Parts(material.publicKey(), material.secret(), Optional.of(material.mode())));
    }

    private void audit(AuthenticateApiKeyCommand command, ApiKey key, Instant now, String outcome) {
        CallContext context = new CallContext(Actor.anonymous(), command.requestId());
        unitOfWork.write(() -> {
            auditLog.append(AuditRecord.of(context, now, Optional.of(key.partnerId()), "api_key.use",
                    key.id().toString(), outcome));
            return null;
        });
    }
}
