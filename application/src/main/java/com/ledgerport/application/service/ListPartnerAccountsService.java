package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListPartnerAccountsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class ListPartnerAccountsService implements ListPartnerAccountsUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListPartnerAccountsService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<List<LedgerAccount>> list(ListPartnerAccountsQuery query) {
        return unitOfWork.write(() -> {
            Optional<Partner> partner = partners.find(query.partnerId());
            Optional<List<LedgerAccount>> owned = partner.map(
                    found -> accounts.listByPartner(found.id(), LedgerAccounts.PARTNER_ACCOUNTS_MAX));
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), partner.map(Partner::id),
                    "ledger.account.list", query.partnerId().toString(),
                    owned.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            return owned;
        });
    }
}
