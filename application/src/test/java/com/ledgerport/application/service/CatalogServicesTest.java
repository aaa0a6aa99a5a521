package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.application.port.in.CreateCategoryUseCase;
import com.ledgerport.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import com.ledgerport.application.port.in.CreateProductUseCase;
import com.ledgerport.application.port.in.CreateProductUseCase.CreateProductCommand;
import com.ledgerport.application.port.in.CreateSkuUseCase;
import com.ledgerport.application.port.in.CreateSkuUseCase.CreateSkuCommand;
import com.ledgerport.application.port.in.ListCategoriesUseCase.ListCategoriesQuery;
import com.ledgerport.application.port.in.ListProductsUseCase.ListProductsQuery;
import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase.UploadStockCommand;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryCatalog;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogServicesTest {

    private static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-test");
    private static final Currency EUR = Currency.of("EUR");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final CreateCategoryService createCategory =
            new CreateCategoryService(unitOfWork, catalog.categoriesPort, auditLog, clock);
    private final CreateProductService createProduct = new CreateProductService(unitOfWork, catalog.categoriesPort,
            catalog.productsPort, partners, auditLog, clock);
    private final CreateSkuService createSku = new CreateSkuService(unitOfWork, catalog.categoriesPort,
            catalog.productsPort, catalog.skusPort, auditLog, clock);
    private final UploadStockService uploadStock = new UploadStockService(unitOfWork, catalog.productsPort,
            catalog.skusPort, catalog.stockItemsPort, auditLog, clock);
    private final Category category = assertInstanceOf(CreateCategoryUseCase.Created.class,
            createCategory.create(new CreateCategoryCommand("Gift cards", List.of(
                    new CategoryAttribute("brand", AttributeTarget.PRODUCT),
                    new CategoryAttribute("region", AttributeTarget.SKU)), OPERATOR))).category();

    private Partner partner(String name) {
        Partner partner = Partner.register(name, EUR, clock.instant());
        partners.add(partner);
        return partner;
    }

    private CreateProductUseCase.ProductCreation product(ProductType type, Map<String, String> attributes,
            Optional<PartnerId> supplier) {
        return createProduct.create(new CreateProductCommand(category.id(), "Card", type, attributes, supplier,
                OPERATOR));
    }

    private Product product(ProductType type, Optional<PartnerId> supplier) {
        return assertInstanceOf(CreateProductUseCase.Created.class, product(type, Map.of("brand", "Acme"), supplier))
                .product();
    }

    private CreateSkuUseCase.SkuCreation sku(Product product, Optional<Stock> stock, Map<String, String> attributes) {
        return createSku.create(new CreateSkuCommand(product.id(), "10 EUR", Money.parse("9.50", EUR),
                Optional.empty(), stock, attributes, OPERATOR));
    }

    private Sku sku(Product product, Optional<Stock> stock) {
        return assertInstanceOf(CreateSkuUseCase.Created.class, sku(product, stock, Map.of())).sku();
    }

    private UploadStockUseCase.StockUpload upload(Sku sku, List<StockItem> items, Optional<PartnerId> supplier) {
        return uploadStock.upload(new UploadStockCommand(sku.id(), items, supplier, OPERATOR));
    }

    @Test
    void categories_refuse_a_taken_name_and_list_narrowed_by_target() {
        assertEquals(CreateCategoryUseCase.Reason.NAME_TAKEN, assertInstanceOf(CreateCategoryUseCase.Rejected.class,
                createCategory.create(new CreateCategoryCommand("Gift cards", List.of(), OPERATOR))).reason());
        assertThrows(InvalidValueException.class, () -> createCategory.create(new CreateCategoryCommand("Twice",
                List.of(new CategoryAttribute("a", AttributeTarget.SKU), new CategoryAttribute("a",
                        AttributeTarget.PRODUCT)), OPERATOR)));
        assertEquals(List.of(new CategoryAttribute("region", AttributeTarget.SKU)),
                new ListCategoriesService(unitOfWork, catalog.categoriesPort)
                        .list(new ListCategoriesQuery(Optional.of(AttributeTarget.SKU))).get(0).attributes());
        assertEquals("catalog.category.create", auditLog.last().action());
    }

    @Test
    void products_take_only_their_categorys_product_attributes_and_a_known_supplier() {
        assertEquals(CreateProductUseCase.Reason.INVALID_ATTRIBUTES, assertInstanceOf(
                CreateProductUseCase.Rejected.class, product(ProductType.VOUCHER, Map.of("region", "EU"),
                        Optional.empty())).reason());
        assertEquals(CreateProductUseCase.Reason.SUPPLIER_NOT_FOUND, assertInstanceOf(
                CreateProductUseCase.Rejected.class, product(ProductType.VOUCHER, Map.of(),
                        Optional.of(PartnerId.generate()))).reason());
        Partner supplier = partner("Supplier");
        assertEquals(Optional.of(supplier.id()), product(ProductType.VOUCHER, Optional.of(supplier.id()))
                .supplierId());
    }

    @Test
    void item_products_start_at_zero_and_quota_products_need_their_stock() {
        Product voucher = product(ProductType.VOUCHER, Optional.empty());
        Product recharge = product(ProductType.RECHARGE, Optional.empty());

        assertEquals(Stock.counted(0), sku(voucher, Optional.empty()).stock());
        assertEquals(CreateSkuUseCase.Reason.STOCK_COMES_FROM_UPLOADS, assertInstanceOf(CreateSkuUseCase.Rejected.class,
                sku(voucher, Optional.of(Stock.counted(5)), Map.of())).reason());
        assertEquals(CreateSkuUseCase.Reason.STOCK_COMES_FROM_UPLOADS, assertInstanceOf(CreateSkuUseCase.Rejected.class,
                sku(voucher, Optional.of(Stock.unlimitedStock()), Map.of())).reason());
        assertEquals(CreateSkuUseCase.Reason.STOCK_REQUIRED, assertInstanceOf(CreateSkuUseCase.Rejected.class,
                sku(recharge, Optional.empty(), Map.of())).reason());
        assertEquals(Stock.unlimitedStock(), sku(recharge, Optional.of(Stock.unlimitedStock())).stock());
        assertEquals(CreateSkuUseCase.Reason.INVALID_ATTRIBUTES, assertInstanceOf(CreateSkuUseCase.Rejected.class,
                sku(recharge, Optional.of(Stock.counted(1)), Map.of("brand", "x"))).reason());
    }

    @Test
    void a_supplier_uploads_only_to_its_own_products_and_uploads_keep_the_count() {
        Partner supplier = partner("Supplier");
        Partner stranger = partner("Stranger");
        Sku own = sku(product(ProductType.VOUCHER, Optional.of(supplier.id())), Optional.empty());
        Sku operators = sku(product(ProductType.VOUCHER, Optional.empty()), Optional.empty());

        UploadStockUseCase.Uploaded uploaded = assertInstanceOf(UploadStockUseCase.Uploaded.class,
                upload(own, List.of(new VoucherCode("A"), new VoucherCode("B")), Optional.of(supplier.id())));
        assertEquals(new UploadStockUseCase.Uploaded(2, Stock.counted(2)), uploaded);
        assertEquals(UploadStockUseCase.Reason.SKU_NOT_FOUND, assertInstanceOf(UploadStockUseCase.Rejected.class,
                upload(operators, List.of(new VoucherCode("C")), Optional.of(supplier.id()))).reason());
        assertEquals(UploadStockUseCase.Reason.SKU_NOT_FOUND, assertInstanceOf(UploadStockUseCase.Rejected.class,
                upload(own, List.of(new VoucherCode("C")), Optional.of(stranger.id()))).reason());
        assertEquals(Optional.of(stranger.id()), auditLog.last().partnerId());
        assertEquals("rejected:sku_not_found", auditLog.last().outcome());
        assertEquals(new UploadStockUseCase.Duplicates(List.of(1)), upload(operators,
                List.of(new VoucherCode("C"), new VoucherCode("A")), Optional.empty()));
        assertEquals(Stock.counted(0), catalog.skusPort.find(operators.id()).orElseThrow().stock());
    }

    @Test
    void uploads_match_the_products_kind_and_quota_products_take_none() {
        Sku esim = sku(product(ProductType.ESIM, Optional.empty()), Optional.empty());
        Sku voucher = sku(product(ProductType.VOUCHER_OPEN_RANGE, Optional.empty()), Optional.empty());
        Sku quota = sku(product(ProductType.RECHARGE_FIXED, Optional.empty()), Optional.of(Stock.counted(4)));
        EsimProfile profile = new EsimProfile("8944422711108338982", "LPA:1$x$y");

        assertEquals(UploadStockUseCase.Reason.WRONG_ITEM_KIND, assertInstanceOf(UploadStockUseCase.Rejected.class,
                upload(esim, List.of(new VoucherCode("A")), Optional.empty())).reason());
        assertEquals(UploadStockUseCase.Reason.WRONG_ITEM_KIND, assertInstanceOf(UploadStockUseCase.Rejected.class,
                upload(voucher, List.of(profile), Optional.empty())).reason());
        assertInstanceOf(UploadStockUseCase.Uploaded.class, upload(esim, List.of(profile), Optional.empty()));
        assertEquals(UploadStockUseCase.Reason.NOT_STOCKED_BY_ITEMS, assertInstanceOf(
                UploadStockUseCase.Rejected.class, upload(quota, List.of(new VoucherCode("B")), Optional.empty()))
                .reason());
        assertEquals(UploadStockUseCase.Reason.NO_ITEMS, assertInstanceOf(UploadStockUseCase.Rejected.class,
                upload(voucher, List.of(), Optional.empty())).reason());
    }

    @Test
    void listings_bring_skus_only_when_asked_and_filter_by_supplier() {
        Partner supplier = partner("Supplier");
        Product own = product(ProductType.VOUCHER, Optional.of(supplier.id()));
        Sku sku = sku(own, Optional.empty());
        product(ProductType.VOUCHER, Optional.empty());
        ListProductsService list = new ListProductsService(unitOfWork, catalog.productsPort, catalog.skusPort);

        var page = list.list(new ListProductsQuery(ProductFilter.none().ofSupplier(supplier.id()),
                PageRequest.first(10), true));
        assertEquals(List.of(own), page.items().stream().map(details -> details.product()).toList());
        assertEquals(List.of(sku), page.items().get(0).skus());
        assertEquals(List.of(), list.list(new ListProductsQuery(ProductFilter.none(), PageRequest.first(10), false))
                .items().get(0).skus());
    }
}
