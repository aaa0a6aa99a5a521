package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.shared.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of the catalog's products, with their SKUs in one query per page when asked. */
public final class ListProductsService implements ListProductsUseCase {

    private final UnitOfWork unitOfWork;
    private final Products products;
    private final Skus skus;

    public ListProductsService(UnitOfWork unitOfWork, Products products, Skus skus) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.skus = skus;
    }

    @Override
    public Page<ProductDetails> list(ListProductsQuery query) {
        return unitOfWork.read(() -> {
            Page<Product> page = products.page(query.filter(), query.page());
            if (!query.includeSkus()) {
                return page.map(product -> new ProductDetails(product, List.of()));
            }
            Map<ProductId, List<Sku>> byProduct = new LinkedHashMap<>();
            for (Sku sku : skus.ofProducts(page.items().stream().map(Product::id).toList())) {
                byProduct.computeIfAbsent(sku.productId(), id -> new ArrayList<>()).add(sku);
            }
            return page.map(product -> new ProductDetails(product, byProduct.getOrDefault(product.id(), List.of())));
        });
    }
}
