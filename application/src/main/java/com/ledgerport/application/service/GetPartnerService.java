package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetPartnerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.util.Optional;

public final class GetPartnerService implements GetPartnerUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetPartnerService(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<Partner> get(GetPartnerQuery query) {
        return unitOfWork.write(() -> {
            Optional<Partner> partner = partners.find(query.partnerId());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), partner.map(Partner::id),
                    "partner.read", query.partnerId().toString(),
                    partner.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            return partner;
        });
    }
}
