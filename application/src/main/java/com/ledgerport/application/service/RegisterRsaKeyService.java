package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RegisterRsaKeyUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyOrigin;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class RegisterRsaKeyService implements RegisterRsaKeyUseCase {

    static final String ACTION = "rsa_key.register";

    private final UnitOfWork unitOfWork;
    private final PartnerLocks partnerLocks;
    private final RsaKeys rsaKeys;
    private final AuditLog auditLog;
    private final Clock clock;

    public RegisterRsaKeyService(UnitOfWork unitOfWork, PartnerLocks partnerLocks, RsaKeys rsaKeys, AuditLog auditLog,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partnerLocks = partnerLocks;
        this.rsaKeys = rsaKeys;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public RsaKeyRegistration register(RegisterRsaKeyCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (!partnerLocks.lock(command.partnerId())) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), ACTION,
                        command.partnerId().toString(), AuditRecord.rejected("partner_not_found")));
                return new Rejected(Reason.PARTNER_NOT_FOUND);
            }
            if (rsaKeys.verifying(command.partnerId(), now, RsaKey.ACTIVE_COUNT_MAX).size()
                    >= RsaKey.ACTIVE_COUNT_MAX) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), ACTION, "",
                        AuditRecord.rejected("too_many_keys")));
                return new Rejected(Reason.TOO_MANY_KEYS);
            }
            RsaKey key = RsaKey.add(command.partnerId(), command.publicKey(), RsaKeyOrigin.REGISTERED, now);
            if (!rsaKeys.add(key)) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), ACTION, "",
                        AuditRecord.rejected("already_registered")));
                return new Rejected(Reason.ALREADY_REGISTERED);
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), ACTION,
                    key.id().toString(), AuditRecord.SUCCEEDED));
            return new Registered(key);
        });
    }
}
