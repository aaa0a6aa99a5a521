package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RotateRsaKeysUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyOrigin;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

public final class RotateRsaKeysService implements RotateRsaKeysUseCase {

    static final String ACTION = "rsa_key.rotate";

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final PartnerLocks partnerLocks;
    private final RsaKeys rsaKeys;
    private final AuditLog auditLog;
    private final Supplier<RsaKeyPairs.Generated> keyPairs;
    private final Duration rotationOverlap;
    private final Clock clock;

    public RotateRsaKeysService(UnitOfWork unitOfWork, Partners partners, PartnerLocks partnerLocks, RsaKeys rsaKeys,
            AuditLog auditLog, Supplier<RsaKeyPairs.Generated> keyPairs, Duration rotationOverlap, Clock clock) {
        Require.that(!rotationOverlap.isNegative(), "the RSA key rotation overlap must not be negative");
        Require.that(rotationOverlap.compareTo(RsaKey.ROTATION_OVERLAP_MAX) <= 0,
                "the RSA key rotation overlap must be at most " + RsaKey.ROTATION_OVERLAP_MAX);
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.partnerLocks = partnerLocks;
        this.rsaKeys = rsaKeys;
        this.auditLog = auditLog;
        this.keyPairs = keyPairs;
        this.rotationOverlap = rotationOverlap;
        this.clock = clock;
    }

    @Override
    public RsaKeyRotation rotate(RotateRsaKeysCommand command) {
        PartnerId partnerId = command.partnerId();
        if (unitOfWork.read(() -> partners.find(partnerId)).isEmpty()) {
            return reject(command.context(), partnerId, Reason.PARTNER_NOT_FOUND);
        }
        Optional<RsaKeyPairs.Generated> pair = RsaKeyGenerations.attempt(keyPairs);
        if (pair.isEmpty()) {
            return reject(command.context(), partnerId, Reason.GENERATION_FAILED);
        }
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (!partnerLocks.lock(partnerId)) {
                return rejectWithin(command.context(), partnerId, Reason.PARTNER_NOT_FOUND, now);
            }
            Instant retireAt = now.plus(rotationOverlap);
            int retired = rsaKeys.retire(partnerId, retireAt, now);
            RsaKey key = RsaKey.add(partnerId, pair.get().publicKey(), RsaKeyOrigin.GENERATED, now);
            if (!rsaKeys.add(key)) {
                throw new IllegalStateException("a freshly generated RSA key is already registered");
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(partnerId), ACTION,
                    key.id().toString(), AuditRecord.SUCCEEDED));
            return new Rotated(key, pair.get(), retired, retireAt);
        });
    }

    private Rejected reject(CallContext context, PartnerId partnerId, Reason reason) {
        return unitOfWork.write(() -> rejectWithin(context, partnerId, reason, clock.instant()));
    }

    private Rejected rejectWithin(CallContext context, PartnerId partnerId, Reason reason, Instant now) {
        Optional<PartnerId> partner = reason == Reason.PARTNER_NOT_FOUND ? Optional.empty() : Optional.of(partnerId);
        auditLog.append(AuditRecord.of(context, now, partner, ACTION, partnerId.toString(),
                AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT))));
        return new Rejected(reason);
    }
}
