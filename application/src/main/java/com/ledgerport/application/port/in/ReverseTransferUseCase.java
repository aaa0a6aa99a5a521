package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Require;

/**
 * Reverses a posted transfer (single-phase, or the post of a pending one) with a new transfer the other way.
 * Its idempotency key is derived from the original ({@code reversal:<id>}), so reversing again answers the first
 * reversal. A reversal is an ordinary debit of the original credit account: it is refused when that account
 * cannot afford it ({@code EXCEEDS_OVERDRAFT_LIMIT}).
 */
public interface ReverseTransferUseCase {

    TransferResult reverse(ReverseTransferCommand command);

    record ReverseTransferCommand(TransferId transferId, CallContext context) {

        public ReverseTransferCommand {
            Require.present(transferId, "transfer id");
            Require.present(context, "context");
        }
    }
}
