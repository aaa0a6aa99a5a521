package com.ledgerport.domain.ledger;

import java.util.Locale;

/**
 * Why the ledger refused a transfer, in order of precedence: when several apply, the first one listed is the
 * answer (TigerBeetle's {@code create_transfers} results are the model). The groups, in order: the request on
 * its own; the idempotency key; what the request refers to (a pending or posted transfer, then the accounts);
 * the state of what it refers to; the balances. {@link #LINKED_EVENT_FAILED} comes last: a batch item reports
 * it only when it has no reason of its own.
 *
 * <p>A pending or reversed transfer names the accounts of a post, void or reversal, which is why "not found" for
 * the transfer comes before the accounts: without it there are no accounts to look at.
 */
public enum TransferRejection {
    // --- the request on its own
    AMOUNT_MUST_BE_POSITIVE,
    ACCOUNTS_MUST_BE_DIFFERENT,
    TIMEOUT_MUST_NOT_BE_NEGATIVE,
    TIMEOUT_TOO_LONG,
    // --- the idempotency key is taken
    /** The key names a transfer with the same parameters; only reported inside a batch that is otherwise new. */
    EXISTS,
    EXISTS_WITH_DIFFERENT_KIND,
    EXISTS_WITH_DIFFERENT_PENDING_ID,
    EXISTS_WITH_DIFFERENT_REVERSED_ID,
    EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT,
    EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT,
    EXISTS_WITH_DIFFERENT_CURRENCY,
    EXISTS_WITH_DIFFERENT_AMOUNT,
    EXISTS_WITH_DIFFERENT_TIMEOUT,
    EXISTS_WITH_DIFFERENT_CODE,
    EXISTS_WITH_DIFFERENT_REFERENCE,
    // --- what the request refers to
    PENDING_TRANSFER_NOT_FOUND,
    REVERSED_TRANSFER_NOT_FOUND,
    DEBIT_ACCOUNT_NOT_FOUND,
    CREDIT_ACCOUNT_NOT_FOUND,
    CURRENCY_MISMATCH,
    // --- the state of what it refers to
    PENDING_TRANSFER_NOT_PENDING,
    PENDING_TRANSFER_ALREADY_POSTED,
    PENDING_TRANSFER_ALREADY_VOIDED,
    PENDING_TRANSFER_EXPIRED,
    PENDING_TRANSFER_NOT_EXPIRED,
    EXCEEDS_PENDING_AMOUNT,
    TRANSFER_NOT_REVERSIBLE,
    TRANSFER_ALREADY_REVERSED,
    // --- the balances
    OVERFLOW,
    EXCEEDS_OVERDRAFT_LIMIT,
    // --- batches
    LINKED_EVENT_FAILED;

    /** Did the idempotency key decide (the key is taken by a different transfer, or by this one in a batch)? */
    public boolean isKeyConflict() {
        return compareTo(EXISTS) >= 0 && compareTo(EXISTS_WITH_DIFFERENT_REFERENCE) <= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
