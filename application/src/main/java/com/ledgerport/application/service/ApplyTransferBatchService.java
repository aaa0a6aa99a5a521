package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ApplyTransferBatchUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.BatchDecision;
import java.time.Clock;

public final class ApplyTransferBatchService implements ApplyTransferBatchUseCase {

    static final String ACTION = "ledger.batch";

    private final LedgerPostings postings;

    public ApplyTransferBatchService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            LedgerJournal journal, AuditLog auditLog, Clock clock) {
        this.postings = new LedgerPostings(unitOfWork, accounts, transfers, journal, auditLog, clock);
    }

    @Override
    public BatchResult apply(ApplyTransferBatchCommand command) {
        BatchDecision decision = postings.applyBatch(command.requests(), ACTION, command.context());
        if (decision instanceof BatchDecision.ApplyAll all) {
            return new AllApplied(all.transfers());
        }
        if (decision instanceof BatchDecision.ReplayAll replayed) {
            return new AllAlreadyApplied(replayed.transfers());
        }
        return new Rejected(((BatchDecision.RejectAll) decision).reasons());
    }
}
