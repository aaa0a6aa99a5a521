package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetUserInfoUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.customer.Customer;
import java.time.Clock;
import java.util.Optional;

public final class GetUserInfoService implements GetUserInfoUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetUserInfoService(UnitOfWork unitOfWork, Customers customers, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<Customer> get(GetUserInfoQuery query) {
        return unitOfWork.write(() -> {
            Optional<Customer> customer = customers.findByUserId(query.partnerId(), query.userId());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), Optional.of(query.partnerId()),
                    "customer.user_info", customer.map(found -> found.id().toString()).orElse(""),
                    customer.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("user_not_found")));
            return customer;
        });
    }
}
