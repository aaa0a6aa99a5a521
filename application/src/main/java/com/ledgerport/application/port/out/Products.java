package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import java.util.Optional;

/**
 * The catalog's products. The catalog capability adds its writes and listings here; orders read one product
 * (its type decides what fulfilment delivers).
 */
public interface Products {

    Optional<Product> find(ProductId id);
}
