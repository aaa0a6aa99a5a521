package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;

/** Moves money between two accounts at once (a single-phase transfer), in one database transaction. */
public interface TransferFundsUseCase {

    TransferResult transfer(TransferFundsCommand command);

    record TransferFundsCommand(IdempotencyKey key, LedgerAccountId debitAccountId, LedgerAccountId creditAccountId,
            Money amount, TransferCode code, String reference, CallContext context) {

        public TransferFundsCommand {
            Require.present(key, "key");
            Require.present(debitAccountId, "debit account id");
            Require.present(creditAccountId, "credit account id");
            Require.present(amount, "amount");
            Require.present(code, "code");
            Transfer.checkReference(reference);
            Require.present(context, "context");
        }
    }
}
