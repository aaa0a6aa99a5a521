package com.ledgerport.application.service;

import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.LedgerJournal.Posting;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.BatchDecision;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.Ledger;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs ledger requests, shared by every service that moves money. One call is one unit of work (one database
 * transaction): read what the idempotency keys already name; find the accounts involved (for a post, void or
 * reversal, those of the transfer it names) and lock the bounded ones (in id order, so that two transfers never
 * wait for each other in a cycle); read under those locks what the requests settle or reverse; let the pure
 * {@link Ledger} decide; then record through the {@link LedgerJournal} the transfers, the accounts' new counters,
 * the history lines and one audit record per request (a refusal or a replay writes only its audit records).
 *
 * <p>A transfer is recorded only where its key (and the pending or reversed transfer it follows) is still free.
 * If another transaction took it after our reads, nothing of ours is kept: the unit of work is rolled back and
 * run again, and the second run sees the other transfer and answers accordingly.
 */
final class LedgerPostings {

    /** A race for a key or a settlement is settled by the next run; a third loss means something is wrong. */
    static final int ATTEMPTS_MAX = 3;

    private final UnitOfWork unitOfWork;
    private final LedgerAccounts accounts;
    private final Transfers transfers;
    private final LedgerJournal journal;
    private final AuditLog auditLog;
    private final Clock clock;

    LedgerPostings(UnitOfWork unitOfWork, LedgerAccounts accounts, Transfers transfers, LedgerJournal journal,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.transfers = transfers;
        this.journal = journal;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    TransferResult apply(TransferRequest request, String action, CallContext context) {
        BatchDecision decision = applyBatch(List.of(request), action, context);
        if (decision instanceof BatchDecision.ApplyAll all) {
            return new TransferResult.Applied(all.transfers().get(0));
        }
        if (decision instanceof BatchDecision.ReplayAll replayed) {
            return new TransferResult.AlreadyApplied(replayed.transfers().get(0));
        }
        return new TransferResult.Rejected(((BatchDecision.RejectAll) decision).reasons().get(0));
    }

    /** Audits a refusal decided before the ledger was asked (e.g. an unknown partner), in its own unit of work. */
    TransferResult refuse(TransferRejection reason, String action, Optional<PartnerId> partnerId, String target,
            CallContext context) {
        return unitOfWork.write(() -> {
            auditLog.append(AuditRecord.of(context, clock.instant(), partnerId, action, target,
                    AuditRecord.rejected(reason.wireName())));
            return new TransferResult.Rejected(reason);
        });
    }

    BatchDecision applyBatch(List<TransferRequest> requests, String action, CallContext context) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.write(() -> attempt(requests, action, context));
            } catch (LostRace lost) {
                if (attempt >= ATTEMPTS_MAX) {
                    throw new IllegalStateException("a transfer lost " + ATTEMPTS_MAX + " races in a row", lost);
                }
            }
        }
    }

    private BatchDecision attempt(List<TransferRequest> requests, String action, CallContext context) {
        List<IdempotencyKey> keys = requests.stream().map(TransferRequest::key).distinct().toList();
        Map<TransferId, TargetTransfer> targets = readTargets(requests);
        // Keys first, outside the locks: a replay needs no lock at all, and a transfer holds its locks for
        // one round trip less. A key taken after this read still cannot be applied twice (the journal refuses
        // it and the unit of work runs again); a refusal reads the keys again under the locks (below).
        Map<IdempotencyKey, Transfer> existing = transfers.findByKeys(keys);
        Instant now = clock.instant();
        Map<LedgerAccountId, LedgerAccount> locked = Map.of();
        if (existing.size() < keys.size()) {
            // The transfers named by posts, voids and reversals tell which accounts to lock (that never changes),
            // but whether they are settled or reversed yet must be read under the locks: every settlement of a
            // hold locks the hold's accounts, so only then is the answer current.
            locked = accounts.lockForTransfer(accountIds(requests, targets));
            targets = targets.isEmpty() ? targets : readTargets(requests);
            now = clock.instant();
        }
        BatchDecision decision = Ledger.decideBatch(requests, existing, locked, targets, now, TransferId::generate);
        if (decision instanceof BatchDecision.RejectAll && !locked.isEmpty()) {
            // A concurrent request with one of our keys may have committed meanwhile; it must be the answer.
            Map<IdempotencyKey, Transfer> current = transfers.findByKeys(keys);
            if (!current.equals(existing)) {
                decision = Ledger.decideBatch(requests, current, locked, targets, now, TransferId::generate);
            }
        }
        // The audit names the partner whose money moved; without locks (a replay) the owners are read instead.
        Map<LedgerAccountId, AccountOwner> owners = new HashMap<>();
        locked.values().forEach(account -> owners.put(account.id(), account.owner()));
        if (locked.isEmpty()) {
            owners.putAll(accounts.ownersOf(accountIds(requests, targets)));
        }
        List<AuditRecord> audit = audit(requests, decision, owners, targets, action, context, now);
        if (decision instanceof BatchDecision.ApplyAll all) {
            Posting posting = new Posting(all.transfers(), all.finalAccounts(), all.entries(), audit);
            if (!journal.record(posting)) {
                throw new LostRace();
            }
        } else {
            audit.forEach(auditLog::append);
        }
        return decision;
    }

    private Map<TransferId, TargetTransfer> readTargets(List<TransferRequest> requests) {
        Map<TransferId, TargetTransfer> targets = new HashMap<>();
        for (TransferRequest request : requests) {
            request.targetId().filter(id -> !targets.containsKey(id)).flatMap(transfers::findWithFollowUp)
                    .ifPresent(target -> targets.put(target.transfer().id(), target));
        }
        return targets;
    }

    /** Every account a request names, or the accounts of the transfer it settles or reverses. */
    private static Set<LedgerAccountId> accountIds(List<TransferRequest> requests,
            Map<TransferId, TargetTransfer> targets) {
        Set<LedgerAccountId> ids = new TreeSet<>();
        for (TransferRequest request : requests) {
            if (request instanceof TransferRequest.Single single) {
                ids.add(single.debitAccountId());
                ids.add(single.creditAccountId());
            } else if (request instanceof TransferRequest.Pending pending) {
                ids.add(pending.debitAccountId());
                ids.add(pending.creditAccountId());
            } else {
                request.targetId().map(targets::get).ifPresent(target -> {
                    ids.add(target.transfer().debitAccountId());
                    ids.add(target.transfer().creditAccountId());
                });
            }
        }
        return ids;
    }

    /** One audit record per request, with its outcome. */
    private static List<AuditRecord> audit(List<TransferRequest> requests, BatchDecision decision,
            Map<LedgerAccountId, AccountOwner> owners, Map<TransferId, TargetTransfer> targets, String action,
            CallContext context, Instant now) {
        List<AuditRecord> records = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            TransferRequest request = requests.get(i);
            Optional<Transfer> transfer = Optional.empty();
            String outcome;
            if (decision instanceof BatchDecision.ApplyAll all) {
                transfer = Optional.of(all.transfers().get(i));
                outcome = AuditRecord.SUCCEEDED;
            } else if (decision instanceof BatchDecision.ReplayAll replayed) {
                transfer = Optional.of(replayed.transfers().get(i));
                outcome = "already_applied";
            } else {
                outcome = AuditRecord.rejected(((BatchDecision.RejectAll) decision).reasons().get(i).wireName());
            }
            String target = transfer.map(t -> t.id().toString()).orElseGet(() -> describe(request));
            records.add(AuditRecord.of(context, now, partnerOf(request, owners, targets), action, target, outcome));
        }
        return records;
    }

    /** What a refused request was about: the transfer it follows, or its key (cut to the audit's target size). */
    private static String describe(TransferRequest request) {
        String text = request.targetId().map(TransferId::toString).orElse("key:" + request.key().value());
        return text.length() <= AuditRecord.TARGET_LENGTH_MAX ? text
                : text.substring(0, AuditRecord.TARGET_LENGTH_MAX);
    }

    /** The partner whose money moved: the owner of the debit account, else of the credit account. */
    private static Optional<PartnerId> partnerOf(TransferRequest request, Map<LedgerAccountId, AccountOwner> owners,
            Map<TransferId, TargetTransfer> targets) {
        Optional<LedgerAccountId> debit;
        Optional<LedgerAccountId> credit;
        if (request instanceof TransferRequest.Single single) {
            debit = Optional.of(single.debitAccountId());
            credit = Optional.of(single.creditAccountId());
        } else if (request instanceof TransferRequest.Pending pending) {
            debit = Optional.of(pending.debitAccountId());
            credit = Optional.of(pending.creditAccountId());
        } else {
            Optional<Transfer> target = request.targetId().map(targets::get).map(TargetTransfer::transfer);
            debit = target.map(Transfer::debitAccountId);
            credit = target.map(Transfer::creditAccountId);
        }
        return debit.map(owners::get).flatMap(AccountOwner::partnerId)
                .or(() -> credit.map(owners::get).flatMap(AccountOwner::partnerId));
    }

    /** Another transaction took a key or settled a transfer after we read it: run the unit of work again. */
    static final class LostRace extends RuntimeException {

        LostRace() {
            super("another transfer took the key or the settlement first", null, false, false);
        }
    }
}
