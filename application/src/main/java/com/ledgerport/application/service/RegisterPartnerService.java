package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RegisterPartnerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.util.Optional;

/** Registers a partner and opens its balance account in its currency, in one unit of work. */
public final class RegisterPartnerService implements RegisterPartnerUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountOpener opener;

    public RegisterPartnerService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
        this.opener = new AccountOpener(unitOfWork, accounts, auditLog, clock);
    }

    @Override
    public Partner register(RegisterPartnerCommand command) {
        Partner partner = Partner.register(command.name(), command.currency(), clock.instant());
        return unitOfWork.write(() -> {
            partners.add(partner);
            auditLog.append(AuditRecord.of(command.context(), partner.createdAt(), Optional.of(partner.id()),
                    "partner.register", partner.id().toString(), AuditRecord.SUCCEEDED));
            opener.open(AccountOwner.partner(partner.id()), AccountKind.PARTNER_BALANCE, partner.currency(),
                    command.context());
            return partner;
        });
    }
}
