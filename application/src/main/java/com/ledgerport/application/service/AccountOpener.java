package com.ledgerport.application.service;

import com.ledgerport.application.port.in.OpenAccountUseCase.AccountOpening;
import com.ledgerport.application.port.in.OpenAccountUseCase.AlreadyOpen;
import com.ledgerport.application.port.in.OpenAccountUseCase.Opened;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.Currency;
import java.time.Clock;
import java.time.Instant;

/** Opens an account at most once per owner, kind and currency, with its audit record, in the caller's unit of work. */
final class AccountOpener {

    static final String ACTION = "ledger.account.open";

    private final UnitOfWork unitOfWork;
    private final LedgerAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountOpener(UnitOfWork unitOfWork, LedgerAccounts accounts, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    AccountOpening open(AccountOwner owner, AccountKind kind, Currency currency, CallContext context) {
        Instant now = clock.instant();
        LedgerAccount account = LedgerAccount.open(owner, kind, currency, now);
        if (accounts.addIfAbsent(account)) {
            auditLog.append(AuditRecord.of(context, now, owner.partnerId(), ACTION, account.id().toString(),
                    AuditRecord.SUCCEEDED));
            return new Opened(account);
        }
        return new AlreadyOpen(accounts.findByOwner(owner, kind, currency).orElseThrow(
                () -> new IllegalStateException("an account that exists could not be read: " + kind + " " + currency)));
    }

    /**
     * The operator's account of this kind and currency, opened if it is missing, in a unit of work of its own: an
     * account is not part of any money movement, and this way it is committed before a transfer uses it.
     */
    LedgerAccount operatorAccount(AccountKind kind, Currency currency, CallContext context) {
        return unitOfWork.write(() -> accounts.findByOwner(AccountOwner.operator(), kind, currency).orElseGet(() -> {
            AccountOpening opening = open(AccountOwner.operator(), kind, currency, context);
            return opening instanceof Opened opened ? opened.account() : ((AlreadyOpen) opening).account();
        }));
    }
}
