package com.ledgerport.application.port.out;

import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;

/**
 * Accounts' balance histories (seed 002): append-only (written through {@link LedgerJournal}), in the order
 * transfers were applied to each account.
 */
public interface BalanceTransactions {

    /** One account's history in transfer-id order; the page continues after a transfer id. */
    Page<BalanceTransaction> page(LedgerAccountId accountId, PageRequest request);
}
