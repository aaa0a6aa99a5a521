package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetTransferUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class GetTransferService implements GetTransferUseCase {

    private final UnitOfWork unitOfWork;
    private final LedgerAccounts accounts;
    private final Transfers transfers;
    private final AuditLog auditLog;
    private final Clock clock;

    public GetTransferService(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.transfers = transfers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<TargetTransfer> get(GetTransferQuery query) {
        return unitOfWork.write(() -> {
            Optional<TargetTransfer> found = transfers.findWithFollowUp(query.transferId());
            Optional<PartnerId> partner = found.flatMap(this::partnerOf);
            auditLog.append(AuditRecord.of(query.context(), clock.instant(), partner, "ledger.transfer.read",
                    query.transferId().toString(),
                    found.isPresent() ? AuditRecord.SUCCEEDED : AuditRecord.rejected("not_found")));
            return found;
        });
    }

    /** The partner whose money moved: the owner of the debit account, else of the credit account. */
    private Optional<PartnerId> partnerOf(TargetTransfer found) {
        Transfer transfer = found.transfer();
        Map<LedgerAccountId, AccountOwner> owners =
                accounts.ownersOf(List.of(transfer.debitAccountId(), transfer.creditAccountId()));
        return Optional.ofNullable(owners.get(transfer.debitAccountId())).flatMap(AccountOwner::partnerId)
                .or(() -> Optional.ofNullable(owners.get(transfer.creditAccountId())).flatMap(AccountOwner::partnerId));
    }
}
