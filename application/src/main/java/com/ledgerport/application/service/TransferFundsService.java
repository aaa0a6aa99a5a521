package com.ledgerport.application.service;

import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;

public final class TransferFundsService implements TransferFundsUseCase {

    static final String ACTION = "ledger.transfer";

    private final LedgerPostings postings;

    public TransferFundsService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult transfer(TransferFundsCommand command) {
        return postings.apply(new TransferRequest.Single(command.key(), command.debitAccountId(),
                command.creditAccountId(), command.amount(), command.code(), command.reference()), ACTION,
                command.context());
    }
}
