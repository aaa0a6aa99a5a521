package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetProductUseCase;
import com.ledgerport.application.port.in.ListProductsUseCase.ProductDetails;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.UnitOfWork;
import java.util.List;
import java.util.Optional;

public final class GetProductService implements GetProductUseCase {

    private final UnitOfWork unitOfWork;
    private final Products products;
    private final Skus skus;

    public GetProductService(UnitOfWork unitOfWork, Products products, Skus skus) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.skus = skus;
    }

    @Override
    public Optional<ProductDetails> get(GetProductQuery query) {
        return unitOfWork.read(() -> products.find(query.productId()).map(
                product -> new ProductDetails(product, skus.ofProducts(List.of(product.id())))));
    }
}
