package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import java.util.Optional;

/**
 * The catalog's SKUs (price, stock). The catalog capability adds its writes and listings here; orders read one
 * SKU to price an order and check that its stock can cover the quantity.
 */
public interface Skus {

    Optional<Sku> find(SkuId id);
}
