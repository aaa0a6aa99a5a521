package com.ledgerport.application.port.out;

import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.shared.Require;
import java.util.List;

/**
 * Writes what the ledger decided, in the current unit of work: every write of a posting goes through this one
 * port, so the adapter can send them together (on PostgreSQL one round trip instead of one per statement, which
 * also shortens how long the account locks are held).
 */
public interface LedgerJournal {

    /**
     * Records applied transfers with all they changed. Each transfer is added only if its key, and the settlement
     * or reversal it makes, are still free — also against a transaction that commits first. Answers false when
     * one is not: then the caller must abandon the unit of work, since some of the other writes may have been
     * made.
     */
    boolean record(Posting posting);

    /**
     * @param transfers the transfers to add (a pending one opens a hold; its post, void or expiry closes it)
     * @param accounts  the new counters of the bounded accounts they changed (locked in this unit of work)
     * @param lines     the balance-history lines of their posted legs
     * @param audit     the audit records of the operation
     */
    record Posting(List<Transfer> transfers, List<LedgerAccount> accounts, List<BalanceTransaction> lines,
            List<AuditRecord> audit) {

        public Posting {
            transfers = List.copyOf(transfers);
            accounts = List.copyOf(accounts);
            lines = List.copyOf(lines);
            audit = List.copyOf(audit);
            Require.that(!transfers.isEmpty(), "a posting records at least one transfer");
            Require.that(accounts.stream().allMatch(LedgerAccount::isBounded), "only bounded accounts keep counters");
        }
    }
}
