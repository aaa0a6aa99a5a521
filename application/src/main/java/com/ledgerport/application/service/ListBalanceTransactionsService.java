package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.Page;
import java.time.Clock;
import java.util.Optional;

public final class ListBalanceTransactionsService implements ListBalanceTransactionsUseCase {

    private final UnitOfWork unitOfWork;
    private final LedgerAccounts accounts;
    private final BalanceTransactions history;
    private final AuditLog auditLog;
    private final Clock clock;

    public ListBalanceTransactionsService(UnitOfWork unitOfWork, LedgerAccounts accounts,
            BalanceTransactions history, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<Page<BalanceTransaction>> list(ListBalanceTransactionsQuery query) {
        return unitOfWork.write(() -> {
            Optional<LedgerAccount> account = accounts.find(query.accountId());
            Optional<Page<BalanceTransaction>> page = account.map(found -> history.page(found.id(), query.page()));
            // The operator API audits every call it serves; a partner polling its own balance is not audited.
            if (query.context().actor().kind() == ActorKind.OPERATOR) {
                auditLog.append(AuditRecord.of(query.context(), clock.instant(),
                        account.flatMap(found -> found.owner().partnerId()), "ledger.history.list",
                        query.accountId().toString(),
                        page.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            }
            return page;
        });
    }
}
