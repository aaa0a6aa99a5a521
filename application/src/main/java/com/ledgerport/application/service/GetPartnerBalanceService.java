package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.Partner;
import java.time.Clock;
import java.util.Optional;

public final class GetPartnerBalanceService implements GetPartnerBalanceUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetPartnerBalanceService(UnitOfWork unitOfWork, Partners partners, LedgerAccounts accounts,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<LedgerAccount> get(GetPartnerBalanceQuery query) {
        return unitOfWork.write(() -> {
            Optional<Partner> partner = partners.find(query.partnerId());
            Optional<LedgerAccount> balance = partner.flatMap(found -> accounts.findByOwner(
                    AccountOwner.partner(found.id()), AccountKind.PARTNER_BALANCE, found.currency()));
            // The operator API audits every call it serves; a partner polling its own balance is not audited.
            if (query.context().actor().kind() == ActorKind.OPERATOR) {
                auditLog.append(AuditRecord.of(query.context(), clock.instant(), partner.map(Partner::id),
                        "ledger.balance.read", query.partnerId().toString(),
                        balance.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            }
            return balance;
        });
    }
}
