package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.Optional;

/** One page of an account's balance history (seed 002); empty when the account is unknown. */
public interface ListBalanceTransactionsUseCase {

    Optional<Page<BalanceTransaction>> list(ListBalanceTransactionsQuery query);

    record ListBalanceTransactionsQuery(LedgerAccountId accountId, PageRequest page, CallContext context) {
    }
}
