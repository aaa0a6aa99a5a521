package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.ListPricelistUseCase.PricelistLine;
import com.ledgerport.application.port.in.ListProductsUseCase.ProductDetails;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Catalog shapes shared by seed 002, seed 001 (Storefront, Supplier) and the operator API: ids as {@code uuid},
 * money as decimal strings with their currency, stock as {@code "unlimited"} or a count beside seed 002's
 * {@code stock_status} ({@code in_stock} / {@code out_of_stock}).
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** How SKUs appear in a product: not at all, without pricing (seed 002's list), or with price and stock. */
    public enum SkuDetail {
        NONE,
        SUMMARY,
        PRICED
    }

    public static Map<String, Object> category(Category category) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", category.id().value());
        view.put("name", category.name());
        view.put("attributes", category.attributes().stream().map(CatalogJson::attribute).toList());
        return view;
    }

    private static Map<String, Object> attribute(CategoryAttribute attribute) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", attribute.name());
        view.put("target", attribute.target().wireName());
        return view;
    }

    public static Map<String, Object> product(Product product) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uuid", product.id().toString());
        view.put("name", product.name());
        view.put("type", product.type().wireName());
        view.put("category_id", product.categoryId().value());
        view.put("attributes", product.attributes());
        view.put("created_at", Times.iso(product.createdAt()));
        return view;
    }

    public static Map<String, Object> product(ProductDetails details, SkuDetail detail) {
        Map<String, Object> view = product(details.product());
        if (detail == SkuDetail.SUMMARY) {
            view.put("skus", details.skus().stream().map(CatalogJson::skuSummary).toList());
        } else if (detail == SkuDetail.PRICED) {
            view.put("skus", details.skus().stream().map(CatalogJson::sku).toList());
        }
        return view;
    }

    /** A SKU without its price or stock (seed 002's {@code include_skus}). */
    public static Map<String, Object> skuSummary(Sku sku) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uuid", sku.id().toString());
        view.put("name", sku.name());
        faceValue(view, sku);
        view.put("attributes", sku.attributes());
        return view;
    }

    /** A SKU with price and stock. */
    public static Map<String, Object> sku(Sku sku) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uuid", sku.id().toString());
        view.put("product_uuid", sku.productId().toString());
        view.put("name", sku.name());
        view.put("price", sku.price().toDecimalString());
        view.put("currency", sku.price().currency().code());
        faceValue(view, sku);
        stock(view, sku.stock());
        view.put("attributes", sku.attributes());
        return view;
    }

    /** One line of seed 002's price list: a SKU's price and stock with what identifies its product. */
    public static Map<String, Object> pricelistLine(PricelistLine line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku_uuid", line.sku().id().toString());
        view.put("sku_name", line.sku().name());
        view.put("product_uuid", line.product().id().toString());
        view.put("product_name", line.product().name());
        view.put("type", line.product().type().wireName());
        view.put("category_id", line.product().categoryId().value());
        view.put("price", line.sku().price().toDecimalString());
        view.put("currency", line.sku().price().currency().code());
        faceValue(view, line.sku());
        stock(view, line.sku().stock());
        return view;
    }

    public static void stock(Map<String, Object> view, Stock stock) {
        view.put("stock", stock.unlimited() ? "unlimited" : stock.available());
        view.put("stock_status", stock.status());
    }

    private static void faceValue(Map<String, Object> view, Sku sku) {
        view.put("face_value", sku.faceValue().map(Money::toDecimalString).orElse(null));
        view.put("face_value_currency", sku.faceValue().map(value -> value.currency().code()).orElse(null));
    }
}
