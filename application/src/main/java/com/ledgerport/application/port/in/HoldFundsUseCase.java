package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;

/**
 * Holds money for a later post or void (a pending transfer): the debit account's available drops at once, its
 * balance only when the hold is posted. With a timeout the hold expires (is voided) when it passes.
 */
public interface HoldFundsUseCase {

    TransferResult hold(HoldFundsCommand command);

    /** {@code timeoutSeconds}: 0 never expires; at most {@code Ledger.TIMEOUT_SECONDS_MAX}. */
    record HoldFundsCommand(IdempotencyKey key, LedgerAccountId debitAccountId, LedgerAccountId creditAccountId,
            Money amount, long timeoutSeconds, TransferCode code, String reference, CallContext context) {

        public HoldFundsCommand {
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
