package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ReverseTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;

public final class ReverseTransferService implements ReverseTransferUseCase {

    static final String ACTION = "ledger.reverse";

    private final LedgerPostings postings;

    public ReverseTransferService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public TransferResult reverse(ReverseTransferCommand command) {
        return postings.apply(TransferRequest.Reverse.of(command.transferId()), ACTION, command.context());
    }
}
