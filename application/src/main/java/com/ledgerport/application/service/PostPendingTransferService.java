package com.ledgerport.application.service;

import com.ledgerport.application.port.in.PostPendingTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;

public final class PostPendingTransferService implements PostPendingTransferUseCase {

    static final String ACTION = "ledger.post";

    private final LedgerPostings postings;

    public PostPendingTransferService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult post(PostPendingTransferCommand command) {
        return postings.apply(new TransferRequest.PostPending(command.key(), command.pendingId(), command.amount()),
                ACTION, command.context());
    }
}
