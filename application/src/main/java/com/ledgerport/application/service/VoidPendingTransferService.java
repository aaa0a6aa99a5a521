package com.ledgerport.application.service;

import com.ledgerport.application.port.in.VoidPendingTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;

public final class VoidPendingTransferService implements VoidPendingTransferUseCase {

    static final String ACTION = "ledger.void";

    private final LedgerPostings postings;

    public VoidPendingTransferService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult voidPending(VoidPendingTransferCommand command) {
        return postings.apply(new TransferRequest.VoidPending(command.key(), command.pendingId()), ACTION,
                command.context());
    }
}
