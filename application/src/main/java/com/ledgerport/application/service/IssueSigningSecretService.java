package com.ledgerport.application.service;

import com.ledgerport.application.port.in.IssueSigningSecretUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class IssueSigningSecretService implements IssueSigningSecretUseCase {

    private final UnitOfWork unitOfWork;
    private final PartnerLocks partnerLocks;
    private final SigningSecrets signingSecrets;
    private final AuditLog auditLog;
    private final SecretBox secretBox;
    private final Duration rotationOverlap;
    private final Clock clock;

    public IssueSigningSecretService(UnitOfWork unitOfWork, PartnerLocks partnerLocks, SigningSecrets signingSecrets,
            AuditLog auditLog, SecretBox secretBox, Duration rotationOverlap, Clock clock) {
        Require.that(!rotationOverlap.isNegative(), "the signing-secret rotation overlap must not be negative");
        Require.that(rotationOverlap.compareTo(SigningSecret.ROTATION_OVERLAP_MAX) <= 0,
                "the signing-secret rotation overlap must be at most " + SigningSecret.ROTATION_OVERLAP_MAX);
        this.unitOfWork = unitOfWork;
        this.partnerLocks = partnerLocks;
        this.signingSecrets = signingSecrets;
        this.auditLog = auditLog;
        this.secretBox = secretBox;
        this.rotationOverlap = rotationOverlap;
        this.clock = clock;
    }

    @Override
    public SigningSecretIssue issue(IssueSigningSecretCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (!partnerLocks.lock(command.partnerId())) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), "signing_secret.issue",
                        command.partnerId().toString(), AuditRecord.rejected("partner_not_found")));
                return new PartnerNotFound();
            }
            boolean rotating = signingSecrets.verifying(command.partnerId(), now).stream()
                    .anyMatch(secret -> secret.retiresAt().isEmpty());
            Optional<Instant> previousRetiresAt = Optional.empty();
            if (rotating) {
                previousRetiresAt = Optional.of(now.plus(rotationOverlap));
                signingSecrets.retire(command.partnerId(), previousRetiresAt.get(), now);
            }
            SigningSecret.Issued issued = SigningSecret.issue(command.partnerId(), secretBox, now);
            signingSecrets.add(issued.secret());
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                    rotating ? "signing_secret.rotate" : "signing_secret.issue", issued.secret().id().toString(),
                    AuditRecord.SUCCEEDED));
            return new Issued(issued.secret().id(), issued.plain(), previousRetiresAt);
        });
    }
}
