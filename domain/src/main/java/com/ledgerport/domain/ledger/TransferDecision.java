package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;
import java.util.List;

/** The ledger's answer to one request: apply it (and how), answer an earlier transfer, or refuse it. */
public sealed interface TransferDecision permits TransferDecision.Apply, TransferDecision.Replay,
        TransferDecision.Reject {

    /**
     * Apply: store the transfer, the new state of each bounded account it changed (unbounded accounts keep no
     * counters) and one balance-history line per posted leg.
     */
    record Apply(Transfer transfer, List<LedgerAccount> changedAccounts, List<BalanceTransaction> entries)
            implements TransferDecision {

        public Apply {
            Require.present(transfer, "transfer");
            changedAccounts = List.copyOf(changedAccounts);
            entries = List.copyOf(entries);
        }
    }

    /** The key names an earlier transfer with the same parameters: that transfer is the answer. */
    record Replay(Transfer existing) implements TransferDecision {

        public Replay {
            Require.present(existing, "existing transfer");
        }
    }

    record Reject(TransferRejection reason) implements TransferDecision {

        public Reject {
            Require.present(reason, "reason");
        }
    }
}
