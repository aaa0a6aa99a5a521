package com.ledgerport.application.testing;

import java.util.List;
import java.util.Optional;

/**
 * One step of a generated ledger scenario. Accounts, holds, transfers and earlier commands are named by index
 * (taken modulo what exists when the step runs), so that shrinking keeps a failing scenario meaningful.
 */
public sealed interface LedgerOp {

    /** Funds partner {@code partner} (0–3); {@code otherCurrency} sends USD to a EUR partner and vice versa. */
    record Fund(int partner, long amount, int reference, boolean otherCurrency) implements LedgerOp {
    }

    /** A single-phase transfer, or a hold when {@code pending}, between accounts 0–7, with key {@code key}. */
    record Move(int debit, int credit, long amount, int key, boolean pending, long timeoutSeconds)
            implements LedgerOp {
    }

    /** Posts hold {@code hold}: all of it, or {@code amount}. */
    record Post(int hold, Optional<Long> amount, int key) implements LedgerOp {
    }

    record VoidHold(int hold, int key) implements LedgerOp {
    }

    /** Moves the clock forward and runs the expiry of due holds. */
    record Expire(long advanceSeconds) implements LedgerOp {
    }

    /** Reverses applied transfer {@code transfer} (of any kind: most are refused). */
    record Reverse(int transfer) implements LedgerOp {
    }

    /** Linked moves, all or none. */
    record Batch(List<Move> moves) implements LedgerOp {
    }

    /** Runs earlier money command {@code command} again, exactly as it was. */
    record Replay(int command) implements LedgerOp {
    }

    /** Sets partner {@code partner}'s overdraft limit (lowering it below the balance is allowed). */
    record SetLimit(int partner, long limit) implements LedgerOp {
    }
}
