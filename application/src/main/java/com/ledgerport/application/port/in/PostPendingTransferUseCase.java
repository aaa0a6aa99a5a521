package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;

/** Posts a pending transfer: all of it, or part of it ({@code amount}) while the rest is released. Once. */
public interface PostPendingTransferUseCase {

    TransferResult post(PostPendingTransferCommand command);

    record PostPendingTransferCommand(IdempotencyKey key, TransferId pendingId, Optional<Money> amount,
            CallContext context) {

        public PostPendingTransferCommand {
            Require.present(key, "key");
            Require.present(pendingId, "pending id");
            Require.present(amount, "amount");
            Require.present(context, "context");
        }
    }
}
