package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's SKUs (price, stock). The catalog capability adds its writes and listings here; orders read one
 * SKU to price an order and check that its stock can cover the quantity.
 */
public interface Skus {

    Optional<Sku> find(SkuId id);

    void add(Sku sku);

    /** The SKUs of these products, by product and then in id order; at most {@link Sku#PER_PRODUCT_MAX} each. */
    List<Sku> ofProducts(List<ProductId> products);

    long countOf(ProductId product);

    /** SKUs in id order whose product passes the filter (seed 002's price list). */
    Page<Sku> page(ProductFilter filter, PageRequest request);

    /**
     * Within the current unit of work, takes {@code quantity} units of a quota SKU's counted stock (a product
     * that is not delivered from uploaded items): true when the SKU is unlimited or had that many, false (and
     * nothing taken) otherwise. SKUs delivered from items keep their count through {@link StockItems#claim}.
     */
    boolean takeQuota(SkuId id, long quantity);
}
