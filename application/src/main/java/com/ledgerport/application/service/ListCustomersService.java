package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListCustomersUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ListCustomersService implements ListCustomersUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final Customers customers;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListCustomersService(UnitOfWork unitOfWork, Partners partners, Customers customers, AuditLog auditLog,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public CustomerListing list(ListCustomersQuery query) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (partners.find(query.partnerId()).isEmpty()) {
                auditLog.append(AuditRecord.of(query.context(), now, Optional.empty(), "customer.list",
                        query.partnerId().toString(), AuditRecord.rejected("partner_not_found")));
                return new PartnerNotFound();
            }
            Listed listed = new Listed(customers.page(query.partnerId(), query.page()));
            auditLog.append(AuditRecord.of(query.context(), now, Optional.of(query.partnerId()), "customer.list",
                    "", AuditRecord.SUCCEEDED));
            return listed;
        });
    }
}
