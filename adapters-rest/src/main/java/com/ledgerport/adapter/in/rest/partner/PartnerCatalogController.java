package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.CatalogJson;
import com.ledgerport.adapter.in.rest.common.CatalogJson.SkuDetail;
import com.ledgerport.adapter.in.rest.common.CatalogRequests;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.application.port.in.GetProductUseCase;
import com.ledgerport.application.port.in.GetProductUseCase.GetProductQuery;
import com.ledgerport.application.port.in.ListCategoriesUseCase;
import com.ledgerport.application.port.in.ListCategoriesUseCase.ListCategoriesQuery;
import com.ledgerport.application.port.in.ListPricelistUseCase;
import com.ledgerport.application.port.in.ListPricelistUseCase.ListPricelistQuery;
import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.application.port.in.ListProductsUseCase.ListProductsQuery;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seed 002 catalog: {@code GET /v1/partner/products} (scope {@code products.read_many}; cursor, per_page 1..200,
 * default 100; filters {@code category_id}, {@code type}, {@code include_skus} — SKUs without pricing),
 * {@code GET /v1/partner/products/{uuid}} ({@code products.read_one}; SKUs with price and stock),
 * {@code GET /v1/partner/pricelist} ({@code pricelist.read_many}; same paging and filters) and
 * {@code GET /v1/partner/categories?target=product|sku} ({@code categories.read_many}). The catalog is the
 * operator's and the same for every partner.
 */
@Controller("/v1/partner")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerCatalogController {

    static final int PER_PAGE_DEFAULT = 100;
    static final int PER_PAGE_MAX = 200;

    private final PartnerAuth auth;
    private final ListProductsUseCase listProducts;
    private final GetProductUseCase getProduct;
    private final ListPricelistUseCase listPricelist;
    private final ListCategoriesUseCase listCategories;

    PartnerCatalogController(PartnerAuth auth, ListProductsUseCase listProducts, GetProductUseCase getProduct,
            ListPricelistUseCase listPricelist, ListCategoriesUseCase listCategories) {
        this.auth = auth;
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.listPricelist = listPricelist;
        this.listCategories = listCategories;
    }

    @Get("/products")
    Map<String, Object> products(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage, @Nullable @QueryValue("category_id") String categoryId,
            @Nullable @QueryValue String type, @Nullable @QueryValue("include_skus") String includeSkus) {
        auth.authenticate(request, Permission.PRODUCTS_READ_MANY);
        PageRequest page = Cursors.page(cursor, perPage, PER_PAGE_DEFAULT, PER_PAGE_MAX);
        ProductFilter filter = CatalogRequests.filter(Optional.ofNullable(categoryId), Optional.ofNullable(type));
        boolean skus = CatalogRequests.flag("include_skus", includeSkus, false);
        return paged(listProducts.list(new ListProductsQuery(filter, page, skus)), page,
                details -> CatalogJson.product(details, skus ? SkuDetail.SUMMARY : SkuDetail.NONE));
    }

    @Get("/products/{uuid}")
    Map<String, Object> product(HttpRequest<?> request, String uuid) {
        auth.authenticate(request, Permission.PRODUCTS_READ_ONE);
        ProductId id;
        try {
            id = ProductId.parse(uuid);
        } catch (InvalidValueException malformed) {
            throw notFound(uuid);
        }
        return PartnerViews.ok(getProduct.get(new GetProductQuery(id))
                .map(details -> CatalogJson.product(details, SkuDetail.PRICED)).orElseThrow(() -> notFound(uuid)));
    }

    @Get("/pricelist")
    Map<String, Object> pricelist(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage, @Nullable @QueryValue("category_id") String categoryId,
            @Nullable @QueryValue String type) {
        auth.authenticate(request, Permission.PRICELIST_READ_MANY);
        PageRequest page = Cursors.page(cursor, perPage, PER_PAGE_DEFAULT, PER_PAGE_MAX);
        ProductFilter filter = CatalogRequests.filter(Optional.ofNullable(categoryId), Optional.ofNullable(type));
        return paged(listPricelist.list(new ListPricelistQuery(filter, page)), page, CatalogJson::pricelistLine);
    }

    @Get("/categories")
    Map<String, Object> categories(HttpRequest<?> request, @Nullable @QueryValue String target) {
        auth.authenticate(request, Permission.CATEGORIES_READ_MANY);
        Optional<AttributeTarget> narrowed = Optional.ofNullable(target).filter(text -> !text.isEmpty())
                .map(text -> CatalogRequests.field("target", () -> AttributeTarget.parse(text)));
        return PartnerViews.ok(listCategories.list(new ListCategoriesQuery(narrowed)).stream()
                .map(CatalogJson::category).toList());
    }

    private static <T> Map<String, Object> paged(Page<T> items, PageRequest page,
            Function<T, Map<String, Object>> view) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", page.limit());
        meta.put("next_cursor", Cursors.encode(items.nextAfter()).orElse(null));
        return PartnerViews.ok(items.items().stream().map(view).toList(), meta);
    }

    private static ApiException notFound(String uuid) {
        return ApiException.notFound("No product with uuid '" + uuid + "'");
    }
}
