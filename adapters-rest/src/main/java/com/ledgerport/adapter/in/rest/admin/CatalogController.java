package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.CatalogJson;
import com.ledgerport.adapter.in.rest.common.CatalogJson.SkuDetail;
import com.ledgerport.adapter.in.rest.common.CatalogRequests;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.CreateCategoryUseCase;
import com.ledgerport.application.port.in.CreateCategoryUseCase.CategoryCreation;
import com.ledgerport.application.port.in.CreateCategoryUseCase.CreateCategoryCommand;
import com.ledgerport.application.port.in.CreateProductUseCase;
import com.ledgerport.application.port.in.CreateProductUseCase.CreateProductCommand;
import com.ledgerport.application.port.in.CreateProductUseCase.ProductCreation;
import com.ledgerport.application.port.in.CreateSkuUseCase;
import com.ledgerport.application.port.in.CreateSkuUseCase.CreateSkuCommand;
import com.ledgerport.application.port.in.CreateSkuUseCase.SkuCreation;
import com.ledgerport.application.port.in.GetProductUseCase;
import com.ledgerport.application.port.in.GetProductUseCase.GetProductQuery;
import com.ledgerport.application.port.in.ListCategoriesUseCase;
import com.ledgerport.application.port.in.ListCategoriesUseCase.ListCategoriesQuery;
import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.application.port.in.ListProductsUseCase.ListProductsQuery;
import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase.StockUpload;
import com.ledgerport.application.port.in.UploadStockUseCase.UploadStockCommand;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Attributes;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operator API: the catalog (SPEC.md §6) — categories with attributes, products, their SKUs, and stock uploads.
 * Every write is audited; reads are not (the catalog is no partner's data).
 */
@Controller("/admin/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CatalogController {

    private final CreateCategoryUseCase createCategory;
    private final ListCategoriesUseCase listCategories;
    private final CreateProductUseCase createProduct;
    private final ListProductsUseCase listProducts;
    private final GetProductUseCase getProduct;
    private final CreateSkuUseCase createSku;
    private final UploadStockUseCase uploadStock;

    CatalogController(CreateCategoryUseCase createCategory, ListCategoriesUseCase listCategories,
            CreateProductUseCase createProduct, ListProductsUseCase listProducts, GetProductUseCase getProduct,
            CreateSkuUseCase createSku, UploadStockUseCase uploadStock) {
        this.createCategory = createCategory;
        this.listCategories = listCategories;
        this.createProduct = createProduct;
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.createSku = createSku;
        this.uploadStock = uploadStock;
    }

    @Post("/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createCategory(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = JsonBody.parse(body);
        String name = json.requiredText("name", Category.NAME_LENGTH_MAX).strip();
        List<CategoryAttribute> attributes = json.optionalObjectList("attributes", Category.ATTRIBUTES_MAX)
                .orElse(List.of()).stream().map(CatalogController::attribute).toList();
        CatalogRequests.field("attributes", () -> {
            Category.check(name, attributes);
            return name;
        });
        CategoryCreation outcome = createCategory.create(new CreateCategoryCommand(name, attributes,
                AdminRequests.operator(request)));
        if (outcome instanceof CreateCategoryUseCase.Created created) {
            return HttpResponse.created(CatalogJson.category(created.category()));
        }
        throw switch (((CreateCategoryUseCase.Rejected) outcome).reason()) {
            case CATEGORY_LIMIT_REACHED -> conflict("category_limit_reached",
                    "The catalog holds at most " + Category.COUNT_MAX + " categories", "name");
            case NAME_TAKEN -> conflict("name_taken", "A category named '" + name + "' exists already", "name");
        };
    }

    private static CategoryAttribute attribute(JsonBody item) {
        String name = item.requiredText("name", CategoryAttribute.NAME_LENGTH_MAX);
        String target = item.requiredText("target", 16);
        AttributeTarget parsed = CatalogRequests.field(qualified(item, "target"), () -> AttributeTarget.parse(target));
        return CatalogRequests.field(qualified(item, "name"), () -> new CategoryAttribute(name, parsed));
    }

    /** The full name of a field of a nested item, as JsonBody reports it. */
    private static String qualified(JsonBody item, String name) {
        return item.path() + name;
    }

    @Get("/categories")
    Map<String, Object> categories() {
        return Map.of("items", listCategories.list(new ListCategoriesQuery(Optional.empty())).stream()
                .map(CatalogJson::category).toList());
    }

    @Post("/products")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createProduct(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = JsonBody.parse(body);
        long rawCategory = json.requiredLong("category_id");
        CategoryId categoryId = CatalogRequests.field("category_id", () -> new CategoryId(rawCategory));
        String name = json.requiredText("name", Product.NAME_LENGTH_MAX).strip();
        String type = json.requiredText("type", 32);
        ProductType productType = CatalogRequests.field("type", () -> ProductType.parse(type));
        Map<String, String> attributes = json.optionalTextMap("attributes", Category.ATTRIBUTES_MAX,
                Attributes.VALUE_LENGTH_MAX).orElse(Map.of());
        Optional<PartnerId> supplier = json.optionalText("supplier_id", 64)
                .map(text -> CatalogRequests.field("supplier_id", () -> PartnerId.parse(text)));
        ProductCreation outcome = createProduct.create(new CreateProductCommand(categoryId, name, productType,
                attributes, supplier, AdminRequests.operator(request)));
        if (outcome instanceof CreateProductUseCase.Created created) {
            Map<String, Object> view = CatalogJson.product(created.product());
            view.put("supplier_id", created.product().supplierId().map(PartnerId::toString).orElse(null));
            return HttpResponse.created(view);
        }
        CreateProductUseCase.Rejected rejected = (CreateProductUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case CATEGORY_NOT_FOUND -> notFound("No category with id " + categoryId, "category_id");
            case SUPPLIER_NOT_FOUND -> notFound("No partner with id '" + supplier.orElseThrow() + "'", "supplier_id");
            case INVALID_ATTRIBUTES -> ApiException.badField("attributes",
                    "Field 'attributes' is invalid: " + rejected.detail());
        };
    }

    @Get("/products")
    Map<String, Object> products(@Nullable @QueryValue String cursor, @Nullable @QueryValue("per_page") String perPage,
            @Nullable @QueryValue("category_id") String categoryId, @Nullable @QueryValue String type) {
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        var filter = CatalogRequests.filter(Optional.ofNullable(categoryId), Optional.ofNullable(type));
        return AdminViews.page(listProducts.list(new ListProductsQuery(filter, page, true)), page.limit(),
                details -> CatalogJson.product(details, SkuDetail.PRICED));
    }

    @Get("/products/{uuid}")
    Map<String, Object> product(String uuid) {
        ProductId id = productId(uuid);
        return getProduct.get(new GetProductQuery(id)).map(details -> CatalogJson.product(details, SkuDetail.PRICED))
                .orElseThrow(() -> productNotFound(uuid));
    }

    @Post("/products/{uuid}/skus")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createSku(HttpRequest<?> request, String uuid, @Nullable @Body byte[] body) {
        ProductId productId = productId(uuid);
        JsonBody json = JsonBody.parse(body);
        String name = json.requiredText("name", Sku.NAME_LENGTH_MAX).strip();
        String code = json.requiredText("currency", 3);
        Currency currency = CatalogRequests.field("currency", () -> Currency.of(code));
        Money price = money(json.requiredDecimal("price"), currency, "price");
        if (!price.isPositive()) {
            throw ApiException.badField("price", "Field 'price' must be positive");
        }
        Optional<Money> faceValue = json.has("face_value")
                ? Optional.of(money(json.requiredDecimal("face_value"), currency, "face_value")) : Optional.empty();
        if (faceValue.isPresent() && faceValue.get().isNegative()) {
            throw ApiException.badField("face_value", "Field 'face_value' cannot be negative");
        }
        Optional<Stock> stock = stock(json);
        Map<String, String> attributes = json.optionalTextMap("attributes", Category.ATTRIBUTES_MAX,
                Attributes.VALUE_LENGTH_MAX).orElse(Map.of());
        SkuCreation outcome = createSku.create(new CreateSkuCommand(productId, name, price, faceValue, stock,
                attributes, AdminRequests.operator(request)));
        if (outcome instanceof CreateSkuUseCase.Created created) {
            return HttpResponse.created(CatalogJson.sku(created.sku()));
        }
        CreateSkuUseCase.Rejected rejected = (CreateSkuUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case PRODUCT_NOT_FOUND -> productNotFound(uuid);
            case SKU_LIMIT_REACHED -> conflict("sku_limit_reached", rejected.detail(), "name");
            case INVALID_ATTRIBUTES -> ApiException.badField("attributes",
                    "Field 'attributes' is invalid: " + rejected.detail());
            case STOCK_COMES_FROM_UPLOADS, STOCK_REQUIRED -> ApiException.badField("stock",
                    "Field 'stock' is invalid: " + rejected.detail());
        };
    }

    @Post("/skus/{uuid}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> uploadStock(HttpRequest<?> request, String uuid, @Nullable @Body byte[] body) {
        SkuId skuId;
        try {
            skuId = SkuId.parse(uuid);
        } catch (InvalidValueException malformed) {
            throw ApiException.notFound("No SKU with uuid '" + uuid + "'");
        }
        JsonBody json = JsonBody.parse(body);
        StockUpload outcome = uploadStock.upload(new UploadStockCommand(skuId, CatalogRequests.stockItems(json),
                Optional.empty(), AdminRequests.operator(request)));
        if (outcome instanceof UploadStockUseCase.Uploaded uploaded) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("added", uploaded.added());
            CatalogJson.stock(view, uploaded.stock());
            return HttpResponse.created(view);
        }
        if (outcome instanceof UploadStockUseCase.Duplicates duplicates) {
            throw CatalogRequests.duplicates(duplicates.positions(), true);
        }
        throw CatalogRequests.refusal((UploadStockUseCase.Rejected) outcome, skuId, true);
    }

    /** {@code stock}: {@code "unlimited"} or a whole count; absent is empty (the use case decides). */
    private static Optional<Stock> stock(JsonBody json) {
        if (!json.has("stock")) {
            return Optional.empty();
        }
        Optional<String> text = json.rawText("stock");
        if (text.isPresent()) {
            if (!text.get().equals("unlimited")) {
                throw ApiException.badField("stock", "Field 'stock' must be \"unlimited\" or a whole count");
            }
            return Optional.of(Stock.unlimitedStock());
        }
        long count;
        try {
            count = json.requiredLong("stock");
        } catch (ApiException notACount) {
            throw ApiException.badField("stock", "Field 'stock' must be \"unlimited\" or a whole count");
        }
        return Optional.of(CatalogRequests.field("stock", () -> Stock.counted(count)));
    }

    private static Money money(BigDecimal amount, Currency currency, String field) {
        return CatalogRequests.field(field, () -> Money.ofDecimal(amount, currency));
    }

    private static ProductId productId(String raw) {
        try {
            return ProductId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw productNotFound(raw);
        }
    }

    private static ApiException productNotFound(String uuid) {
        return ApiException.notFound("No product with uuid '" + uuid + "'");
    }

    private static ApiException notFound(String message, String field) {
        return new ApiException(ErrorCode.NOT_FOUND, Optional.empty(), message, Optional.of(field));
    }

    private static ApiException conflict(String code, String message, String field) {
        return new ApiException(ErrorCode.CONFLICT, Optional.of(code), message, Optional.of(field));
    }
}
