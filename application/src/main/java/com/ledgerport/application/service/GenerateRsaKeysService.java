package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GenerateRsaKeysUseCase;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

public final class GenerateRsaKeysService implements GenerateRsaKeysUseCase {

    static final String ACTION = "rsa_key.generate";

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final PartnerLocks partnerLocks;
    private final RsaKeys rsaKeys;
    private final AuditLog auditLog;
    private final Supplier<RsaKeyPairs.Generated> keyPairs;
    private final Clock clock;

    /** @param keyPairs makes a key pair ({@link RsaKeyPairs#generate} in production) */
    public GenerateRsaKeysService(UnitOfWork unitOfWork, Partners partners, PartnerLocks partnerLocks,
            RsaKeys rsaKeys, AuditLog auditLog, Supplier<RsaKeyPairs.Generated> keyPairs, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.partnerLocks = partnerLocks;
        this.rsaKeys = rsaKeys;
        this.auditLog = auditLog;
        this.keyPairs = keyPairs;
        this.clock = clock;
    }

    @Override
    public RsaKeyGeneration generate(GenerateRsaKeysCommand command) {
        PartnerId partnerId = command.partnerId();
        if (unitOfWork.read(() -> partners.find(partnerId)).isEmpty()) {
            return reject(command.context(), partnerId, Reason.PARTNER_NOT_FOUND);
        }
        // Making a pair takes a good fraction of a second: outside the transaction.
        Optional<RsaKeyPairs.Generated> pair = RsaKeyGenerations.attempt(keyPairs);
        if (pair.isEmpty()) {
            return reject(command.context(), partnerId, Reason.GENERATION_FAILED);
        }
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (!partnerLocks.lock(partnerId)) {
                return rejectWithin(command.context(), partnerId, Reason.PARTNER_NOT_FOUND, now);
            }
            if (rsaKeys.verifying(partnerId, now, RsaKey.ACTIVE_COUNT_MAX).size() >= RsaKey.ACTIVE_COUNT_MAX) {
                return rejectWithin(command.context(), partnerId, Reason.TOO_MANY_KEYS, now);
            }
            RsaKey key = RsaKey.add(partnerId, pair.get().publicKey(), RsaKeyOrigin.GENERATED, now);
            if (!rsaKeys.add(key)) {
                throw new IllegalStateException("a freshly generated RSA key is already registered");
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(partnerId), ACTION,
                    key.id().toString(), AuditRecord.SUCCEEDED));
            return new Generated(key, pair.get());
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
