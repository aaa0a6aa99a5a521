package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;

/**
 * What a caller asks the ledger to do. Requests hold any amounts and timeouts the caller sent (only absent
 * values are refused here): whether they are acceptable is the {@link Ledger}'s decision, reported as a
 * {@link TransferRejection} value, so that every rule can be tested as a pure function.
 */
public sealed interface TransferRequest permits TransferRequest.Single, TransferRequest.Pending,
        TransferRequest.PostPending, TransferRequest.VoidPending, TransferRequest.ExpirePending,
        TransferRequest.Reverse {

    IdempotencyKey key();

    TransferKind kind();

    /** The transfer this request settles or reverses, if any. */
    default Optional<TransferId> targetId() {
        return Optional.empty();
    }

    /** Moves {@code amount} from debit to credit at once. */
    record Single(IdempotencyKey key, LedgerAccountId debitAccountId, LedgerAccountId creditAccountId, Money amount,
            TransferCode code, String reference) implements TransferRequest {

        public Single {
            Require.present(key, "key");
            Require.present(debitAccountId, "debit account id");
            Require.present(creditAccountId, "credit account id");
            Require.present(amount, "amount");
            Require.present(code, "code");
            Transfer.checkReference(reference);
        }

        @Override
        public TransferKind kind() {
            return TransferKind.SINGLE_PHASE;
        }
    }

    /** Holds {@code amount}; {@code timeoutSeconds} (0: never) after which the hold expires and is released. */
    record Pending(IdempotencyKey key, LedgerAccountId debitAccountId, LedgerAccountId creditAccountId, Money amount,
            long timeoutSeconds, TransferCode code, String reference) implements TransferRequest {

        public Pending {
            Require.present(key, "key");
            Require.present(debitAccountId, "debit account id");
            Require.present(creditAccountId, "credit account id");
            Require.present(amount, "amount");
            Require.present(code, "code");
            Transfer.checkReference(reference);
        }

        @Override
        public TransferKind kind() {
            return TransferKind.PENDING;
        }
    }

    /** Posts a pending transfer: all of it ({@code amount} empty) or part, releasing the rest. */
    record PostPending(IdempotencyKey key, TransferId pendingId, Optional<Money> amount) implements TransferRequest {

        public PostPending {
            Require.present(key, "key");
            Require.present(pendingId, "pending id");
            Require.present(amount, "amount");
        }

        @Override
        public TransferKind kind() {
            return TransferKind.POST_PENDING;
        }

        @Override
        public Optional<TransferId> targetId() {
            return Optional.of(pendingId);
        }
    }

    /** Releases a pending transfer. */
    record VoidPending(IdempotencyKey key, TransferId pendingId) implements TransferRequest {

        public VoidPending {
            Require.present(key, "key");
            Require.present(pendingId, "pending id");
        }

        @Override
        public TransferKind kind() {
            return TransferKind.VOID_PENDING;
        }

        @Override
        public Optional<TransferId> targetId() {
            return Optional.of(pendingId);
        }
    }

    /** Releases a pending transfer whose timeout has passed; its key is derived, so it happens once. */
    record ExpirePending(IdempotencyKey key, TransferId pendingId) implements TransferRequest {

        public ExpirePending {
            Require.present(key, "key");
            Require.present(pendingId, "pending id");
        }

        public static ExpirePending of(TransferId pendingId) {
            return new ExpirePending(IdempotencyKey.forExpiry(pendingId), pendingId);
        }

        @Override
        public TransferKind kind() {
            return TransferKind.EXPIRE_PENDING;
        }

        @Override
        public Optional<TransferId> targetId() {
            return Optional.of(pendingId);
        }
    }

    /** Moves a posted transfer's amount back; its key is derived, so a transfer is reversed once. */
    record Reverse(IdempotencyKey key, TransferId transferId) implements TransferRequest {

        public Reverse {
            Require.present(key, "key");
            Require.present(transferId, "transfer id");
        }

        public static Reverse of(TransferId transferId) {
            return new Reverse(IdempotencyKey.forReversal(transferId), transferId);
        }

        @Override
        public TransferKind kind() {
            return TransferKind.REVERSAL;
        }

        @Override
        public Optional<TransferId> targetId() {
            return Optional.of(transferId);
        }
    }
}
