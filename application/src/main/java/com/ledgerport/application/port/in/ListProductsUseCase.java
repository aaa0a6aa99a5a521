package com.ledgerport.application.port.in;

import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;

/** A page of the catalog's products in creation order, narrowed by a filter, with their SKUs when asked. */
public interface ListProductsUseCase {

    Page<ProductDetails> list(ListProductsQuery query);

    record ListProductsQuery(ProductFilter filter, PageRequest page, boolean includeSkus) {
    }

    /** A product and its SKUs in creation order (empty when they were not asked for). */
    record ProductDetails(Product product, List<Sku> skus) {

        public ProductDetails {
            skus = List.copyOf(skus);
        }
    }
}
