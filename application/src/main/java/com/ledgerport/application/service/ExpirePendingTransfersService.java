package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import java.time.Clock;
import java.util.List;

public final class ExpirePendingTransfersService implements ExpirePendingTransfersUseCase {

    static final String ACTION = "ledger.expire";

    private final UnitOfWork unitOfWork;
    private final Transfers transfers;
    private final Clock clock;
    private final LedgerPostings postings;

    public ExpirePendingTransfersService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.transfers = transfers;
        this.clock = clock;
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public ExpiryRun expireDue(ExpirePendingTransfersCommand command) {
        List<TransferId> due = unitOfWork.read(() -> transfers.dueForExpiry(clock.instant(), command.limit()));
        int expired = 0;
        int alreadySettled = 0;
        for (TransferId pendingId : due) {
            // One transaction per hold: a slow or refused one does not hold back the others.
            TransferResult result = postings.apply(TransferRequest.ExpirePending.of(pendingId), ACTION,
                    command.context());
            if (result instanceof TransferResult.Applied) {
                expired++;
            } else {
                alreadySettled++;
            }
        }
        return new ExpiryRun(expired, alreadySettled);
    }
}
