package com.ledgerport.domain.order;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A partner's purchase of one SKU (seed 002). Its money is reserved by a pending ledger transfer when it is
 * placed; fulfilment delivers some or all units, and the order's final status decides how the reservation
 * settles ({@link #settlement()}). Orders are values: every transition answers a new order.
 *
 * @param externalId  the partner's own id for the order, unique per partner: the same id again is a replay
 * @param metadata    the partner's metadata as compact JSON text, opaque here
 * @param fingerprint a digest of what was asked for (SKU, quantity, metadata): a replay with another request
 *                    is told apart from a true replay by it
 */
public record Order(
        OrderId id,
        PartnerId partnerId,
        String externalId,
        Mode mode,
        OrderItem item,
        ProductId productId,
        ProductType productType,
        Money unitPrice,
        Money total,
        Optional<String> metadata,
        String fingerprint,
        OrderStatus status,
        int deliveredQuantity,
        Instant createdAt,
        Instant updatedAt) {

    public static final int EXTERNAL_ID_LENGTH_MAX = 128;
    public static final int METADATA_LENGTH_MAX = 4_096;

    public Order {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        checkExternalId(externalId);
        Require.present(mode, "mode");
        Require.present(item, "item");
        Require.present(productId, "product id");
        Require.present(productType, "product type");
        Require.present(unitPrice, "unit price");
        Require.that(unitPrice.isPositive(), "unit price must be positive");
        Require.present(total, "total");
        Require.that(total.equals(unitPrice.times(item.quantity())), "total must be unit price × quantity");
        Require.present(metadata, "metadata");
        metadata.ifPresent(text -> Require.that(text.length() <= METADATA_LENGTH_MAX, "metadata is too long"));
        Require.text(fingerprint, "fingerprint", 64);
        Require.present(status, "status");
        Require.that(deliveredQuantity >= 0, "delivered quantity cannot be negative");
        Require.that(deliveredQuantity <= item.quantity(), "cannot deliver more than ordered");
        Require.that(deliveredQuantity == 0 || status == OrderStatus.COMPLETED
                || status == OrderStatus.PARTIALLY_COMPLETED, "only a (partly) completed order delivered units");
        Require.that(status != OrderStatus.COMPLETED || deliveredQuantity == item.quantity(),
                "a completed order delivered every unit");
        Require.that(status != OrderStatus.PARTIALLY_COMPLETED
                || (deliveredQuantity > 0 && deliveredQuantity < item.quantity()),
                "a partially completed order delivered some units, not all");
        Require.present(createdAt, "created_at");
        Require.present(updatedAt, "updated_at");
        Require.that(!updatedAt.isBefore(createdAt), "updated_at cannot precede created_at");
    }

    /** An external id is 1..128 characters without control characters. */
    public static String checkExternalId(String externalId) {
        Require.text(externalId, "external_id", EXTERNAL_ID_LENGTH_MAX);
        Require.that(externalId.codePoints().noneMatch(Character::isISOControl),
                "external_id must not contain control characters");
        return externalId;
    }

    /** price × quantity, or empty when it overflows the ledger's amounts. */
    public static Optional<Money> totalFor(Money unitPrice, int quantity) {
        try {
            return Optional.of(unitPrice.times(quantity));
        } catch (ArithmeticException overflow) {
            return Optional.empty();
        }
    }

    /** A new order, status {@code created}; its total must fit (see {@link #totalFor}). */
    public static Order place(PartnerId partnerId, String externalId, Mode mode, OrderItem item, ProductId productId,
            ProductType productType, Money unitPrice, Optional<String> metadata, Instant now) {
        return new Order(OrderId.generate(), partnerId, externalId, mode, item, productId, productType, unitPrice,
                unitPrice.times(item.quantity()), metadata, fingerprint(item, metadata), OrderStatus.CREATED, 0, now,
                now);
    }

    /** The digest of a request: two requests with one external id are the same order only if theirs match. */
    public static String fingerprint(OrderItem item, Optional<String> metadata) {
        String canonical = item.skuId() + "\n" + item.quantity() + "\n" + metadata.map(text -> "+" + text).orElse("-");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available", missing);
        }
    }

    /** Was this order placed by the same request (same SKU, quantity and metadata)? */
    public boolean sameRequestAs(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    /** created → processing: fulfilment has taken the order. */
    public OrderTransition startProcessing(Instant now) {
        return moveTo(OrderStatus.PROCESSING, 0, now);
    }

    /** created → cancelled: nobody has started fulfilling it. */
    public OrderTransition cancel(Instant now) {
        return moveTo(OrderStatus.CANCELLED, 0, now);
    }

    /**
     * processing → completed (every unit delivered), partially_completed (some) or failed (none). More units
     * than ordered, or fewer than none, is a broken fulfilment, not an outcome.
     */
    public OrderTransition finish(int delivered, Instant now) {
        Require.that(delivered >= 0 && delivered <= item.quantity(), "delivered must be between 0 and the quantity");
        OrderStatus next = delivered == item.quantity() ? OrderStatus.COMPLETED
                : delivered == 0 ? OrderStatus.FAILED : OrderStatus.PARTIALLY_COMPLETED;
        return moveTo(next, delivered, now);
    }

    private OrderTransition moveTo(OrderStatus next, int delivered, Instant now) {
        if (!status.canMoveTo(next)) {
            return new OrderTransition.Refused(status, next);
        }
        Instant updated = now.isBefore(updatedAt) ? updatedAt : now;
        return new OrderTransition.Moved(new Order(id, partnerId, externalId, mode, item, productId, productType,
                unitPrice, total, metadata, fingerprint, next, delivered, createdAt, updated), status);
    }

    /**
     * How the reservation settles once the order is terminal: what was delivered is charged, the rest released
     * (a cancelled or failed order releases everything). Empty while the order is still open.
     */
    public Optional<Settlement> settlement() {
        if (!status.isTerminal()) {
            return Optional.empty();
        }
        Money posted = unitPrice.times(deliveredQuantity);
        return Optional.of(new Settlement(posted, total.minus(posted)));
    }
}
