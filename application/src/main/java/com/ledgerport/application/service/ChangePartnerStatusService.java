package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ChangePartnerStatusUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ChangePartnerStatusService implements ChangePartnerStatusUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final AuditLog auditLog;
    private final CredentialDirectory directory;
    private final Clock clock;

    public ChangePartnerStatusService(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog,
            CredentialDirectory directory, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.auditLog = auditLog;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public StatusChange change(ChangePartnerStatusCommand command) {
        String action = command.status() == PartnerStatus.SUSPENDED ? "partner.suspend" : "partner.activate";
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Partner> found = partners.find(command.partnerId());
            if (found.isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), action,
                        command.partnerId().toString(), AuditRecord.rejected("not_found")));
                return new PartnerNotFound();
            }
            Partner changed = found.get().withStatus(command.status());
            partners.update(changed);
            directory.changedAfterCommit(new CredentialChange.PartnerChanged(changed.id()));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(changed.id()), action,
                    changed.id().toString(), AuditRecord.SUCCEEDED));
            return new Changed(changed);
        });
    }
}
