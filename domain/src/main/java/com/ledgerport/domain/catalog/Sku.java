package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A purchasable variant of a product: its price (what a partner pays, in the price's currency), the face
 * value it carries for the end user when it has one, and its stock.
 */
public record Sku(SkuId id, ProductId productId, String name, Money price, Optional<Money> faceValue, Stock stock,
        Map<String, String> attributes, Instant createdAt) {

    public static final int NAME_LENGTH_MAX = 200;
    /** SKUs of one product (a product's details list them all). */
    public static final int PER_PRODUCT_MAX = 200;

    public Sku {
        Require.present(id, "id");
        Require.present(productId, "product id");
        Require.text(name, "name", NAME_LENGTH_MAX);
        Require.present(price, "price");
        Require.that(price.isPositive(), "price must be positive");
        Require.present(faceValue, "face value");
        faceValue.ifPresent(value -> Require.that(!value.isNegative(), "face value cannot be negative"));
        Require.present(stock, "stock");
        Require.present(attributes, "attributes");
        attributes = Map.copyOf(attributes);
        Require.present(createdAt, "created_at");
    }

    public Sku withStock(Stock newStock) {
        return new Sku(id, productId, name, price, faceValue, newStock, attributes, createdAt);
    }
}
