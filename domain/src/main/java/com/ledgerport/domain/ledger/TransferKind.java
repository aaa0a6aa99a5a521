package com.ledgerport.domain.ledger;

import java.util.Locale;

/** TigerBeetle's transfer shapes: single-phase, or two-phase (pending, then post / void / expiry). */
public enum TransferKind {
    /** Moves the amount at once (posted debits and credits). */
    SINGLE_PHASE,
    /** Holds the amount (pending debits and credits) until it is posted, voided or expires. */
    PENDING,
    /** Posts all or part of a pending transfer and releases the rest. */
    POST_PENDING,
    /** Releases a pending transfer. */
    VOID_PENDING,
    /** Releases a pending transfer whose timeout has passed (done by the background expiry). */
    EXPIRE_PENDING,
    /** Moves a posted amount back: the opposite of a single-phase transfer or of a post. */
    REVERSAL;

    /** Does a transfer of this kind change posted counters (and so appear in the balance history)? */
    public boolean posts() {
        return this == SINGLE_PHASE || this == POST_PENDING || this == REVERSAL;
    }

    /** Does it settle a pending transfer? */
    public boolean resolvesPending() {
        return this == POST_PENDING || this == VOID_PENDING || this == EXPIRE_PENDING;
    }

    /** Can a transfer of this kind be reversed? Only what moved posted money and is not itself a reversal. */
    public boolean isReversible() {
        return this == SINGLE_PHASE || this == POST_PENDING;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
