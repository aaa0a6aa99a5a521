package com.ledgerport.domain.order;

import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.shared.Require;

/** What an order buys: {@code quantity} units of one SKU. */
public record OrderItem(SkuId skuId, int quantity) {

    /** More units than this in one order is a mistake on the caller's side, not a purchase. */
    public static final int QUANTITY_MAX = 1_000;

    public OrderItem {
        Require.present(skuId, "sku_id");
        Require.that(quantity >= 1, "quantity must be at least 1");
        Require.that(quantity <= QUANTITY_MAX, "quantity must be at most " + QUANTITY_MAX);
    }
}
