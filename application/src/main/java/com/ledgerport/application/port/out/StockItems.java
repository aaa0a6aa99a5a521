package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.StockItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded stock (voucher codes, eSIM profiles), stored encrypted. An item is sold at most once, ever: a claim
 * takes unsold items only, and concurrent claims on one SKU never take the same item (they skip each other's
 * locked rows rather than wait, or retry).
 */
public interface StockItems {

    /** Most items one claim takes. */
    int CLAIM_MAX = 1_000;

    /**
     * Within the current unit of work, marks up to {@code quantity} unsold items of the SKU as sold to the
     * order and answers them, oldest upload first; fewer (possibly none) when the stock runs out. Keeps the
     * SKU's counted stock in step.
     */
    List<StockItem> claim(SkuId sku, int quantity, UUID orderId, Instant soldAt);

    /** The items sold to one order, in the order they were claimed; empty for an unknown order. */
    List<StockItem> soldTo(UUID orderId);

    /** The order an eSIM profile with this ICCID was sold to, if it was sold. */
    Optional<UUID> orderOfEsim(String iccid);

    /**
     * Within the current unit of work, stores the items (sealed) as unsold stock of the SKU and raises its
     * counted stock by as many — all of them, or none when any is already stored (under any SKU) or appears
     * twice in the list. The SKU must exist.
     */
    Upload add(SkuId sku, List<StockItem> items, Instant uploadedAt);

    /** How many unsold items the SKU has (what its counted stock must equal). */
    long unsold(SkuId sku);

    sealed interface Upload permits Added, Duplicates {
    }

    record Added(int count) implements Upload {
    }

    /** Positions (from 0, ascending) in the uploaded list of items already stored or repeated in the list. */
    record Duplicates(List<Integer> positions) implements Upload {

        public Duplicates {
            positions = List.copyOf(positions);
        }
    }
}
