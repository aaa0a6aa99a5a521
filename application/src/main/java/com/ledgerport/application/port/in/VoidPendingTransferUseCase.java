package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Require;

/** Releases a pending transfer; a pending transfer is posted, voided or expired, only one of them. */
public interface VoidPendingTransferUseCase {

    TransferResult voidPending(VoidPendingTransferCommand command);

    record VoidPendingTransferCommand(IdempotencyKey key, TransferId pendingId, CallContext context) {

        public VoidPendingTransferCommand {
            Require.present(key, "key");
            Require.present(pendingId, "pending id");
            Require.present(context, "context");
        }
    }
}
