package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's products. The catalog capability adds its writes and listings here; orders read one product
 * (its type decides what fulfilment delivers). A product never changes once added: order creation remembers the
 * products it read, per node ({@code CreateOrderService}); an update added here must also reach that memo.
 */
public interface Products {

    Optional<Product> find(ProductId id);

    /** The products with these ids that exist, in id order. */
    List<Product> findAll(List<ProductId> ids);

    void add(Product product);

    /** Products in id (creation) order, narrowed by the filter. */
    Page<Product> page(ProductFilter filter, PageRequest request);
}
