package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;

/**
 * What a money-moving use case answers: the transfer it applied now, the transfer its idempotency key named
 * before (nothing moved this time), or why nothing moved.
 */
public sealed interface TransferResult permits TransferResult.Applied, TransferResult.AlreadyApplied,
        TransferResult.Rejected {

    record Applied(Transfer transfer) implements TransferResult {

        public Applied {
            Require.present(transfer, "transfer");
        }
    }

    record AlreadyApplied(Transfer transfer) implements TransferResult {

        public AlreadyApplied {
            Require.present(transfer, "transfer");
        }
    }

    record Rejected(TransferRejection reason) implements TransferResult {

        public Rejected {
            Require.present(reason, "reason");
        }
    }
}
