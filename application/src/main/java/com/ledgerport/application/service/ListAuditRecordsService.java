package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListAuditRecordsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.shared.Page;
import java.time.Clock;

public final class ListAuditRecordsService implements ListAuditRecordsUseCase {

    private final UnitOfWork unitOfWork;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListAuditRecordsService(UnitOfWork unitOfWork, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Page<AuditRecord> list(ListAuditRecordsQuery query) {
        return unitOfWork.write(() -> {
            // Read first, so that a page never contains the record of its own reading.
            Page<AuditRecord> page = auditLog.page(query.filter(), query.page());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), query.filter().partnerId(),
                    "audit.list", "", AuditRecord.SUCCEEDED));
            return page;
        });
    }
}
