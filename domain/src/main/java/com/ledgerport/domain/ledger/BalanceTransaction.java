package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of an account's history (seed 002's balance transactions): a posted change of its balance, signed
 * ({@code +} credit, {@code -} debit), with the balance after it. Holds (pending transfers) do not change the
 * balance and so make no line; their post does.
 *
 * @param balanceAfter the account's balance after this line; empty for unbounded (operator) accounts, whose
 *                     balance is derived on read rather than kept in step with every transfer
 */
public record BalanceTransaction(
        LedgerAccountId accountId,
        TransferId transferId,
        TransferCode type,
        Money amount,
        Optional<Money> balanceAfter,
        String reference,
        Instant createdAt) {

    public BalanceTransaction {
        Require.present(accountId, "account id");
        Require.present(transferId, "transfer id");
        Require.present(type, "type");
        Require.present(amount, "amount");
        Require.that(!amount.isZero(), "a balance transaction moves money");
        Require.present(balanceAfter, "balance after");
        Transfer.checkReference(reference);
        Require.present(createdAt, "created_at");
    }
}
