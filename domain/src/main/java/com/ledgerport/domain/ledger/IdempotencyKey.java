package com.ledgerport.domain.ledger;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.UUID;

/**
 * The client's name for one money movement: the same key with the same parameters answers the first result,
 * the same key with different parameters is refused with its own reason, never applied twice.
 *
 * <p>Keys are unique across the whole ledger, so each use case puts its own prefix and scope in front of what
 * the client chose ({@code funding:<partner>:<reference>}); keys the server derives itself
 * ({@code reversal:<transfer>}) make a repeated operator action answer the first one.
 */
public record IdempotencyKey(String value) {

    public static final int LENGTH_MAX = 200;

    public IdempotencyKey {
        Require.text(value, "idempotency key", LENGTH_MAX);
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /** Funding a partner: one reference moves money once. */
    public static IdempotencyKey forFunding(PartnerId partnerId, String reference) {
        return new IdempotencyKey("funding:" + partnerId + ":" + reference);
    }

    /** A posted transfer is reversed at most once: every reversal of it carries this key. */
    public static IdempotencyKey forReversal(TransferId original) {
        return new IdempotencyKey("reversal:" + original);
    }

    /** A pending transfer expires at most once, whichever node's expiry run gets there first. */
    public static IdempotencyKey forExpiry(TransferId pending) {
        return new IdempotencyKey("expiry:" + pending);
    }

    /** The operator's post of a pending transfer (a pending transfer can be posted once). */
    public static IdempotencyKey forOperatorPost(TransferId pending) {
        return new IdempotencyKey("operator-post:" + pending);
    }

    /** The operator's void of a pending transfer. */
    public static IdempotencyKey forOperatorVoid(TransferId pending) {
        return new IdempotencyKey("operator-void:" + pending);
    }

    /** An order's reservation: one hold per order. */
    public static IdempotencyKey forOrderHold(UUID orderId) {
        return new IdempotencyKey("order-hold:" + orderId);
    }

    /** The post (whole or partial) of an order's reservation. */
    public static IdempotencyKey forOrderPost(UUID orderId) {
        return new IdempotencyKey("order-post:" + orderId);
    }

    /** The release of an order's reservation when nothing was delivered. */
    public static IdempotencyKey forOrderVoid(UUID orderId) {
        return new IdempotencyKey("order-void:" + orderId);
    }

    @Override
    public String toString() {
        return value;
    }
}
