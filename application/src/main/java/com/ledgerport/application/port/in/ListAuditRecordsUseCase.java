package com.ledgerport.application.port.in;

import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;

public interface ListAuditRecordsUseCase {

    Page<AuditRecord> list(ListAuditRecordsQuery query);

    record ListAuditRecordsQuery(AuditLog.Filter filter, PageRequest page, CallContext context) {
    }
}
