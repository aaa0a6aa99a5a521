package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListPartnersUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Page;
import java.time.Clock;
import java.util.Optional;

public final class ListPartnersService implements ListPartnersUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListPartnersService(UnitOfWork unitOfWork, Partners partners, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Page<Partner> list(ListPartnersQuery query) {
        return unitOfWork.write(() -> {
            Page<Partner> page = partners.page(query.page());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), Optional.empty(), "partner.list", "",
                    AuditRecord.SUCCEEDED));
            return page;
        });
    }
}
