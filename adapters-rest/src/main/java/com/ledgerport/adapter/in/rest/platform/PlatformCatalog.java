package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.CatalogJson;
import com.ledgerport.adapter.in.rest.common.CatalogJson.SkuDetail;
import com.ledgerport.adapter.in.rest.common.CatalogRequests;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.ListProductsUseCase.ListProductsQuery;
import com.ledgerport.application.port.in.ListProductsUseCase.ProductDetails;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 001 product lists (Storefront and Supplier): a JSON body, optional, with {@code cursor}, {@code per_page}
 * (1..100, default 50), {@code category_id} and {@code type}; answered as {@code {items, next_cursor}} with SKUs,
 * prices and stock.
 */
final class PlatformCatalog {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;

    private PlatformCatalog() {
    }

    static ListProductsQuery query(byte[] body) {
        if (body == null || body.length == 0) {
            return new ListProductsQuery(ProductFilter.none(), PageRequest.first(PER_PAGE_DEFAULT), true);
        }
        JsonBody json = JsonBody.parse(body);
        Optional<String> perPage = json.optionalLong("per_page").map(String::valueOf);
        PageRequest page = Cursors.page(json.optionalText("cursor", 128).orElse(null), perPage.orElse(null),
                PER_PAGE_DEFAULT, PER_PAGE_MAX);
        Optional<String> category = json.optionalLong("category_id").map(String::valueOf);
        ProductFilter filter = CatalogRequests.filter(category, json.optionalText("type", 32));
        return new ListProductsQuery(filter, page, true);
    }

    static Map<String, Object> items(Page<ProductDetails> page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", page.items().stream().map(details -> CatalogJson.product(details, SkuDetail.PRICED)).toList());
        data.put("next_cursor", Cursors.encode(page.nextAfter()).orElse(null));
        return data;
    }
}
