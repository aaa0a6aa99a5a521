package com.ledgerport.application.service;

import com.ledgerport.application.port.in.HoldFundsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;

public final class HoldFundsService implements HoldFundsUseCase {

    static final String ACTION = "ledger.hold";

    private final LedgerPostings postings;

    public HoldFundsService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult hold(HoldFundsCommand command) {
        return postings.apply(new TransferRequest.Pending(command.key(), command.debitAccountId(),
                command.creditAccountId(), command.amount(), command.timeoutSeconds(), command.code(),
                command.reference()), ACTION, command.context());
    }
}
