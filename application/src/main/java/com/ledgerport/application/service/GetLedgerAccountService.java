package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetLedgerAccountUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.LedgerAccount;
import java.time.Clock;
import java.util.Optional;

public final class GetLedgerAccountService implements GetLedgerAccountUseCase {

    private final UnitOfWork unitOfWork;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetLedgerAccountService(UnitOfWork unitOfWork, LedgerAccounts accounts, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<LedgerAccount> get(GetLedgerAccountQuery query) {
        return unitOfWork.write(() -> {
            Optional<LedgerAccount> account = accounts.find(query.accountId());
            auditLog.append(AuditRecord.of(query.context(), clock.instant(),
                    account.flatMap(found -> found.owner().partnerId()), "ledger.account.read",
                    query.accountId().toString(),
                    account.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            return account;
        });
    }
}
