package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One applied transfer. Transfers are never changed or deleted: a pending transfer is settled by a later transfer
 * that names it ({@code pendingId}), and a posted one is corrected by a reversal that names it
 * ({@code reversalOf}).
 *
 * @param amount         what this transfer moved or held: the posted part for a post, the released hold for a
 *                       void or an expiry
 * @param timeoutSeconds for a pending transfer, seconds until it expires ({@code 0}: never); otherwise {@code 0}
 */
public record Transfer(
        TransferId id,
        IdempotencyKey key,
        TransferKind kind,
        TransferCode code,
        LedgerAccountId debitAccountId,
        LedgerAccountId creditAccountId,
        Money amount,
        Optional<TransferId> pendingId,
        Optional<TransferId> reversalOf,
        long timeoutSeconds,
        String reference,
        Instant createdAt) {

    public static final int REFERENCE_LENGTH_MAX = 128;

    public Transfer {
        Require.present(id, "id");
        Require.present(key, "key");
        Require.present(kind, "kind");
        Require.present(code, "code");
        Require.present(debitAccountId, "debit account id");
        Require.present(creditAccountId, "credit account id");
        Require.that(!debitAccountId.equals(creditAccountId), "debit and credit accounts must differ");
        Require.present(amount, "amount");
        Require.that(amount.isPositive(), "a transfer's amount must be positive");
        Require.present(pendingId, "pending id");
        Require.that(pendingId.isPresent() == kind.resolvesPending(), "only a post, void or expiry names a pending");
        Require.present(reversalOf, "reversal of");
        Require.that(reversalOf.isPresent() == (kind == TransferKind.REVERSAL),
                "only a reversal names what it reverses");
        Require.that(timeoutSeconds >= 0, "timeout must not be negative");
        Require.that(timeoutSeconds == 0 || kind == TransferKind.PENDING, "only a pending transfer has a timeout");
        checkReference(reference);
        Require.present(createdAt, "created_at");
    }

    /** A reference is optional (empty), at most {@value #REFERENCE_LENGTH_MAX} characters, without controls. */
    public static String checkReference(String reference) {
        Require.present(reference, "reference");
        Require.that(reference.length() <= REFERENCE_LENGTH_MAX, "reference must be at most 128 characters");
        for (int i = 0; i < reference.length(); i++) {
            Require.that(!Character.isISOControl(reference.charAt(i)), "reference must not contain control characters");
        }
        return reference;
    }

    /** When a pending transfer with a timeout stops being postable. */
    public Optional<Instant> expiresAt() {
        return timeoutSeconds == 0 ? Optional.empty() : Optional.of(createdAt.plusSeconds(timeoutSeconds));
    }

    /** Has a pending transfer's timeout passed at {@code now}? (Expiry happens at the instant itself.) */
    public boolean isExpiredAt(Instant now) {
        return expiresAt().map(expiry -> !now.isBefore(expiry)).orElse(false);
    }
}
