package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.Balances;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ledger's three stores in memory, kept the way the database keeps them: bounded accounts carry their
 * counters, unbounded ones are stored with zero counters and read back with counters summed from their history
 * lines and open holds; a posting is refused as a whole when a transfer's key, or the settlement or reversal it
 * makes, is taken. The posting's audit records go to the audit log it is given.
 */
public final class InMemoryLedger implements LedgerAccounts, Transfers, BalanceTransactions, LedgerJournal {

    private final AuditLog auditLog;

    private final Map<LedgerAccountId, LedgerAccount> accounts = new LinkedHashMap<>();
    private final Map<TransferId, Transfer> transfers = new HashMap<>();
    private final Map<IdempotencyKey, Transfer> byKey = new HashMap<>();
    private final Map<TransferId, Transfer> followUps = new HashMap<>();
    private final Map<TransferId, Transfer> openHolds = new HashMap<>();
    private final Map<LedgerAccountId, TreeMap<TransferId, BalanceTransaction>> history = new HashMap<>();

    public InMemoryLedger(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    // ---- LedgerJournal -------------------------------------------------------------------------------------

    /** All or nothing: the checks come first, so a refused posting leaves nothing behind (no rollback here). */
    @Override
    public synchronized boolean record(Posting posting) {
        java.util.Set<IdempotencyKey> keys = new java.util.HashSet<>();
        java.util.Set<TransferId> followed = new java.util.HashSet<>();
        for (Transfer transfer : posting.transfers()) {
            Optional<TransferId> target = transfer.pendingId().or(transfer::reversalOf);
            if (byKey.containsKey(transfer.key()) || !keys.add(transfer.key())
                    || target.map(id -> followUps.containsKey(id) || !followed.add(id)).orElse(false)) {
                return false;
            }
        }
        posting.transfers().forEach(this::add);
        saveBalances(posting.accounts());
        append(posting.lines());
        posting.audit().forEach(auditLog::append);
        return true;
    }

    // ---- LedgerAccounts ------------------------------------------------------------------------------------

    @Override
    public synchronized boolean addIfAbsent(LedgerAccount account) {
        if (findByOwner(account.owner(), account.kind(), account.currency()).isPresent()) {
            return false;
        }
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw new IllegalStateException("duplicate account id " + account.id());
        }
        return true;
    }

    @Override
    public synchronized Optional<LedgerAccount> find(LedgerAccountId id) {
        return Optional.ofNullable(accounts.get(id)).map(this::withDerivedCounters);
    }

    @Override
    public synchronized Map<LedgerAccountId, AccountOwner> ownersOf(Collection<LedgerAccountId> ids) {
        Map<LedgerAccountId, AccountOwner> owners = new HashMap<>();
        ids.stream().map(accounts::get).filter(Objects::nonNull).forEach(a -> owners.put(a.id(), a.owner()));
        return owners;
    }

    @Override
    public synchronized Optional<LedgerAccount> findByOwner(AccountOwner owner, AccountKind kind, Currency currency) {
        return accounts.values().stream()
                .filter(a -> a.owner().equals(owner) && a.kind() == kind && a.currency().equals(currency))
                .findFirst().map(this::withDerivedCounters);
    }

    @Override
    public synchronized List<LedgerAccount> listByPartner(PartnerId partnerId, int limit) {
        return accounts.values().stream().filter(a -> a.owner().equals(AccountOwner.partner(partnerId)))
                .sorted(Comparator.comparing(LedgerAccount::id)).limit(limit).map(this::withDerivedCounters)
                .toList();
    }

    @Override
    public synchronized Map<LedgerAccountId, LedgerAccount> lockForTransfer(Collection<LedgerAccountId> ids) {
        Map<LedgerAccountId, LedgerAccount> found = new HashMap<>();
        ids.stream().map(accounts::get).filter(Objects::nonNull).forEach(a -> found.put(a.id(), a));
        return found;
    }

    private void saveBalances(List<LedgerAccount> changed) {
        for (LedgerAccount account : changed) {
            LedgerAccount stored = accounts.get(account.id());
            if (stored == null || !stored.isBounded()) {
                throw new IllegalStateException("only bounded accounts keep counters: " + account.id());
            }
            accounts.put(account.id(), stored.withBalances(account.balances()).withLastTransfer(account));
        }
    }

    @Override
    public synchronized boolean setOverdraft(LedgerAccountId id, Overdraft.Limited overdraft) {
        LedgerAccount stored = accounts.get(id);
        if (stored == null || !stored.isBounded()) {
            return false;
        }
        accounts.put(id, stored.withOverdraft(overdraft));
        return true;
    }

    private LedgerAccount withDerivedCounters(LedgerAccount account) {
        if (account.isBounded()) {
            return account;
        }
        long debitsPosted = 0;
        long creditsPosted = 0;
        for (BalanceTransaction line : history.getOrDefault(account.id(), new TreeMap<>()).values()) {
            if (line.amount().isNegative()) {
                debitsPosted = Math.subtractExact(debitsPosted, line.amount().minor());
            } else {
                creditsPosted = Math.addExact(creditsPosted, line.amount().minor());
            }
        }
        long debitsPending = 0;
        long creditsPending = 0;
        for (Transfer hold : openHolds.values()) {
            if (hold.debitAccountId().equals(account.id())) {
                debitsPending = Math.addExact(debitsPending, hold.amount().minor());
            }
            if (hold.creditAccountId().equals(account.id())) {
                creditsPending = Math.addExact(creditsPending, hold.amount().minor());
            }
        }
        return account.withBalances(new Balances(debitsPending, debitsPosted, creditsPending, creditsPosted));
    }

    // ---- Transfers -----------------------------------------------------------------------------------------

    private void add(Transfer transfer) {
        Optional<TransferId> followed = transfer.pendingId().or(transfer::reversalOf);
        if (transfers.putIfAbsent(transfer.id(), transfer) != null) {
            throw new IllegalStateException("duplicate transfer id " + transfer.id());
        }
        byKey.put(transfer.key(), transfer);
        followed.ifPresent(id -> followUps.put(id, transfer));
        if (transfer.kind() == TransferKind.PENDING) {
            openHolds.put(transfer.id(), transfer);
        }
        transfer.pendingId().ifPresent(openHolds::remove);
    }

    @Override
    public synchronized Optional<Transfer> find(TransferId id) {
        return Optional.ofNullable(transfers.get(id));
    }

    @Override
    public synchronized Map<IdempotencyKey, Transfer> findByKeys(Collection<IdempotencyKey> keys) {
        Map<IdempotencyKey, Transfer> found = new HashMap<>();
        keys.stream().map(byKey::get).filter(Objects::nonNull).forEach(t -> found.put(t.key(), t));
        return found;
    }

    @Override
    public synchronized Optional<TargetTransfer> findWithFollowUp(TransferId id) {
        return Optional.ofNullable(transfers.get(id))
                .map(transfer -> new TargetTransfer(transfer, Optional.ofNullable(followUps.get(id))));
    }

    @Override
    public synchronized List<TransferId> dueForExpiry(Instant now, int limit) {
        return openHolds.values().stream().filter(hold -> hold.isExpiredAt(now))
                .sorted(Comparator.comparing((Transfer hold) -> hold.expiresAt().orElseThrow())
                        .thenComparing(Transfer::id))
                .limit(limit).map(Transfer::id).toList();
    }

    // ---- BalanceTransactions -------------------------------------------------------------------------------

    private void append(List<BalanceTransaction> entries) {
        for (BalanceTransaction entry : entries) {
            TreeMap<TransferId, BalanceTransaction> lines =
                    history.computeIfAbsent(entry.accountId(), id -> new TreeMap<>());
            if (lines.putIfAbsent(entry.transferId(), entry) != null) {
                throw new IllegalStateException("duplicate history line " + entry.transferId());
            }
        }
    }

    @Override
    public synchronized Page<BalanceTransaction> page(LedgerAccountId accountId, PageRequest request) {
        TreeMap<TransferId, BalanceTransaction> lines = history.getOrDefault(accountId, new TreeMap<>());
        var tail = request.after().map(after -> lines.tailMap(new TransferId(after), false)).orElse(lines);
        List<BalanceTransaction> rows = new ArrayList<>(tail.values().stream().limit(request.limit() + 1L).toList());
        return Page.fromOverfetch(rows, request.limit(), line -> line.transferId().value());
    }
}
