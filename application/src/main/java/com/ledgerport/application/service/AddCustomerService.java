package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AddCustomerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.customer.Customer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class AddCustomerService implements AddCustomerUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final Customers customers;
    private final AuditLog auditLog;
    private final Clock clock;

    public AddCustomerService(UnitOfWork unitOfWork, Partners partners, Customers customers, AuditLog auditLog,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public CustomerAddition add(AddCustomerCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            // Validates user_id and fullname before anything is read: a bad value is the caller's 400.
            Customer customer = Customer.register(command.partnerId(), command.userId(), command.fullname(), now);
            if (partners.find(command.partnerId()).isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), "customer.add",
                        command.partnerId().toString(), AuditRecord.rejected("partner_not_found")));
                return new Rejected(Reason.PARTNER_NOT_FOUND);
            }
            if (!customers.addIfUserIdFree(customer)) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                        "customer.add", "", AuditRecord.rejected("user_id_taken")));
                return new Rejected(Reason.USER_ID_TAKEN);
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()), "customer.add",
                    customer.id().toString(), AuditRecord.SUCCEEDED));
            return new Added(customer);
        });
    }
}
