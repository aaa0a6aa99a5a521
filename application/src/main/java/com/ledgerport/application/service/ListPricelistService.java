package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListPricelistUseCase;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.shared.Page;
import java.util.HashMap;
import java.util.Map;

public final class ListPricelistService implements ListPricelistUseCase {

    private final UnitOfWork unitOfWork;
    private final Products products;
    private final Skus skus;

    public ListPricelistService(UnitOfWork unitOfWork, Products products, Skus skus) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.skus = skus;
    }

    @Override
    public Page<PricelistLine> list(ListPricelistQuery query) {
        return unitOfWork.read(() -> {
            Page<Sku> page = skus.page(query.filter(), query.page());
            Map<ProductId, Product> byId = new HashMap<>();
            for (Sku sku : page.items()) {
                byId.computeIfAbsent(sku.productId(), id -> products.find(id).orElseThrow(
                        () -> new IllegalStateException("SKU " + sku.id() + " has no product")));
            }
            return page.map(sku -> new PricelistLine(sku, byId.get(sku.productId())));
        });
    }
}
