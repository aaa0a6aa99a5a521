package com.ledgerport.application.service;

import com.ledgerport.application.port.in.IssueStorefrontTokenUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.CustomerPrincipal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The Storefront token names its customer; it stops working when the customer or the partner does. */
public final class IssueStorefrontTokenService implements IssueStorefrontTokenUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;
    private final BearerTokens bearerTokens;
    private final AuditLog auditLog;
    private final Clock clock;

    public IssueStorefrontTokenService(UnitOfWork unitOfWork, Customers customers, BearerTokens bearerTokens,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
        this.bearerTokens = bearerTokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public StorefrontLogin issue(IssueStorefrontTokenCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Customer> customer = customers.findByUserId(command.partner().partnerId(), command.userId())
                    .filter(found -> found.status() == CustomerStatus.ACTIVE);
            if (customer.isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partner().partnerId()),
                        "storefront_token.issue", command.userId(), AuditRecord.rejected("customer_not_found")));
                return new CustomerNotFound();
            }
            Instant expiresAt = now.plus(TTL);
            String jwt = bearerTokens.mint(new BearerClaims(TokenKind.STOREFRONT, customer.get().id().toString(),
                    command.partner().partnerId(), customer.get().id().toString(), now, expiresAt,
                    CustomerPrincipal.SCOPES, Optional.of(command.partner().mode())));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partner().partnerId()),
                    "storefront_token.issue", customer.get().id().toString(), AuditRecord.SUCCEEDED));
            return new Issued(jwt, expiresAt, customer.get());
        });
    }
}
