package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger's answer to a linked batch: all of it applies, all of it was applied before, or none applies. */
public sealed interface BatchDecision permits BatchDecision.ApplyAll, BatchDecision.ReplayAll,
        BatchDecision.RejectAll {

    record ApplyAll(List<TransferDecision.Apply> items) implements BatchDecision {

        public ApplyAll {
            items = List.copyOf(items);
            Require.that(!items.isEmpty(), "a batch has at least one transfer");
        }

        public List<Transfer> transfers() {
            return items.stream().map(TransferDecision.Apply::transfer).toList();
        }

        /** Each changed bounded account once, in its state after the whole batch. */
        public List<LedgerAccount> finalAccounts() {
            Map<LedgerAccountId, LedgerAccount> last = new LinkedHashMap<>();
            items.forEach(item -> item.changedAccounts().forEach(account -> last.put(account.id(), account)));
            return List.copyOf(last.values());
        }

        public List<BalanceTransaction> entries() {
            return items.stream().flatMap(item -> item.entries().stream()).toList();
        }
    }

    record ReplayAll(List<Transfer> transfers) implements BatchDecision {

        public ReplayAll {
            transfers = List.copyOf(transfers);
        }
    }

    /** One reason per request, in request order. */
    record RejectAll(List<TransferRejection> reasons) implements BatchDecision {

        public RejectAll {
            reasons = List.copyOf(reasons);
        }
    }
}
