package com.ledgerport.application.port.in;

import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;

/** Seed 002's price list: SKUs in creation order with their price and stock, each with its product. */
public interface ListPricelistUseCase {

    Page<PricelistLine> list(ListPricelistQuery query);

    record ListPricelistQuery(ProductFilter filter, PageRequest page) {
    }

    record PricelistLine(Sku sku, Product product) {
    }
}
