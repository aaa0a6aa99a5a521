package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.CreateCategoryUseCase;
import com.ledgerport.application.port.in.CreateProductUseCase;
import com.ledgerport.application.port.in.CreateSkuUseCase;
import com.ledgerport.application.port.in.GetProductUseCase;
import com.ledgerport.application.port.in.ListCategoriesUseCase;
import com.ledgerport.application.port.in.ListPricelistUseCase;
import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CreateCategoryService;
import com.ledgerport.application.service.CreateProductService;
import com.ledgerport.application.service.CreateSkuService;
import com.ledgerport.application.service.GetProductService;
import com.ledgerport.application.service.ListCategoriesService;
import com.ledgerport.application.service.ListPricelistService;
import com.ledgerport.application.service.ListProductsService;
import com.ledgerport.application.service.UploadStockService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The catalog's use cases: categories, products, SKUs, stock uploads, and the reads every surface shares. */
@Factory
final class CatalogFactory {

    @Singleton
    CreateCategoryUseCase createCategory(UnitOfWork unitOfWork, Categories categories, AuditLog auditLog,
            Clock clock) {
        return new CreateCategoryService(unitOfWork, categories, auditLog, clock);
    }

    @Singleton
    CreateProductUseCase createProduct(UnitOfWork unitOfWork, Categories categories, Products products,
            Partners partners, AuditLog auditLog, Clock clock) {
        return new CreateProductService(unitOfWork, categories, products, partners, auditLog, clock);
    }

    @Singleton
    CreateSkuUseCase createSku(UnitOfWork unitOfWork, Categories categories, Products products, Skus skus,
            AuditLog auditLog, Clock clock) {
        return new CreateSkuService(unitOfWork, categories, products, skus, auditLog, clock);
    }

    @Singleton
    UploadStockUseCase uploadStock(UnitOfWork unitOfWork, Products products, Skus skus, StockItems stockItems,
            AuditLog auditLog, Clock clock) {
        return new UploadStockService(unitOfWork, products, skus, stockItems, auditLog, clock);
    }

    @Singleton
    ListCategoriesUseCase listCategories(UnitOfWork unitOfWork, Categories categories) {
        return new ListCategoriesService(unitOfWork, categories);
    }

    @Singleton
    ListProductsUseCase listProducts(UnitOfWork unitOfWork, Products products, Skus skus) {
        return new ListProductsService(unitOfWork, products, skus);
    }

    @Singleton
    GetProductUseCase getProduct(UnitOfWork unitOfWork, Products products, Skus skus) {
        return new GetProductService(unitOfWork, products, skus);
    }

    @Singleton
    ListPricelistUseCase listPricelist(UnitOfWork unitOfWork, Products products, Skus skus) {
        return new ListPricelistService(unitOfWork, products, skus);
    }
}
