package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/**
 * Voucher codes or eSIM profiles added to a SKU's stock, all or none: by the operator (any SKU), or by a
 * supplier partner (only SKUs of the products it stocks; any other SKU is "not found").
 */
public interface UploadStockUseCase {

    /** Most items in one upload. */
    int ITEMS_MAX = 1_000;

    StockUpload upload(UploadStockCommand command);

    /** {@code supplierId} empty: the operator uploads. */
    record UploadStockCommand(SkuId skuId, List<StockItem> items, Optional<PartnerId> supplierId,
            CallContext context) {

        public UploadStockCommand {
            items = List.copyOf(items);
        }
    }

    sealed interface StockUpload permits Uploaded, Rejected, Duplicates {
    }

    /** {@code stock}: the SKU's stock after the upload. */
    record Uploaded(int added, Stock stock) implements StockUpload {
    }

    record Rejected(Reason reason) implements StockUpload {
    }

    /** Nothing was added: these positions of the list (from 0) are stored already, or repeat an earlier item. */
    record Duplicates(List<Integer> positions) implements StockUpload {

        public Duplicates {
            positions = List.copyOf(positions);
        }
    }

    /** In order of precedence. */
    enum Reason {
        SKU_NOT_FOUND,
        NOT_STOCKED_BY_ITEMS,
        NO_ITEMS,
        TOO_MANY_ITEMS,
        WRONG_ITEM_KIND
    }
}
