package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A transfer that a request settles or reverses, with the transfer that already followed it, if any: the post,
 * void or expiry of a pending transfer, or the reversal of a posted one (a transfer has at most one follow-up).
 */
public record TargetTransfer(Transfer transfer, Optional<Transfer> followUp) {

    public TargetTransfer {
        Require.present(transfer, "transfer");
        Require.present(followUp, "follow-up");
    }

    public static TargetTransfer of(Transfer transfer) {
        return new TargetTransfer(transfer, Optional.empty());
    }

    public TargetTransfer followedBy(Transfer next) {
        return new TargetTransfer(transfer, Optional.of(next));
    }

    /** The state of a pending transfer at {@code now}; a timeout that has passed counts as expired at once. */
    public PendingStatus pendingStatus(Instant now) {
        Require.that(transfer.kind() == TransferKind.PENDING, "only a pending transfer has a pending status");
        if (followUp.isPresent()) {
            TransferKind settledBy = followUp.get().kind();
            return settledBy == TransferKind.POST_PENDING ? PendingStatus.POSTED
                    : settledBy == TransferKind.VOID_PENDING ? PendingStatus.VOIDED : PendingStatus.EXPIRED;
        }
        return transfer.isExpiredAt(now) ? PendingStatus.EXPIRED : PendingStatus.PENDING;
    }

    public enum PendingStatus {
        PENDING,
        POSTED,
        VOIDED,
        EXPIRED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
