package com.ledgerport.application.port.in;

import com.ledgerport.application.port.in.ListProductsUseCase.ProductDetails;
import com.ledgerport.domain.catalog.ProductId;
import java.util.Optional;

/** One product with all its SKUs (price, stock). */
public interface GetProductUseCase {

    Optional<ProductDetails> get(GetProductQuery query);

    record GetProductQuery(ProductId productId) {
    }
}
