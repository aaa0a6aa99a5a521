package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetCustomerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.customer.Customer;
import java.time.Clock;
import java.util.Optional;

public final class GetCustomerService implements GetCustomerUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetCustomerService(UnitOfWork unitOfWork, Customers customers, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<Customer> get(GetCustomerQuery query) {
        return unitOfWork.write(() -> {
            Optional<Customer> customer = customers.find(query.partnerId(), query.customerId());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), Optional.of(query.partnerId()),
                    "customer.read", query.customerId().toString(),
                    customer.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            return customer;
        });
    }
}
