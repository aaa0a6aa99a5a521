package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Skus;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcSkus implements Skus {

    static final String COLUMNS = "id, product_id, name, price_minor, currency, face_value_minor, face_value_currency, "
            + "stock_unlimited, stock_count, attributes, created_at";

    private final Jdbc jdbc;

    JdbcSkus(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Sku> find(SkuId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM sku WHERE id = ?", p -> p.uuid(id.value()), JdbcSkus::map);
    }

    @Override
    public void add(Sku sku) {
        jdbc.update("INSERT INTO sku (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p -> p
                .uuid(sku.id().value())
                .uuid(sku.productId().value())
                .text(sku.name())
                .bigint(sku.price().minor())
                .text(sku.price().currency().code())
                .optionalBigint(sku.faceValue().map(Money::minor))
                .text(sku.faceValue().map(value -> value.currency().code()).orElse(null))
                .bool(sku.stock().unlimited())
                .bigint(sku.stock().available())
                .text(PayloadJson.writeTexts(sku.attributes()))
                .instant(sku.createdAt()));
    }

    @Override
    public List<Sku> ofProducts(List<ProductId> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(products.size(), "?"));
        return jdbc.list("SELECT " + COLUMNS + " FROM sku WHERE product_id IN (" + marks + ") "
                + "ORDER BY product_id, id", p -> {
                    for (ProductId product : products) {
                        p.uuid(product.value());
                    }
                }, JdbcSkus::map);
    }

    @Override
    public long countOf(ProductId product) {
        return jdbc.one("SELECT COUNT(*) AS n FROM sku WHERE product_id = ?", p -> p.uuid(product.value()),
                row -> row.bigint("n")).orElse(0L);
    }

    @Override
    public Page<Sku> page(ProductFilter filter, PageRequest request) {
        JdbcProducts.Filtered where = JdbcProducts.Filtered.of(filter, request, "p.", "s.id");
        List<Sku> rows = jdbc.list("SELECT " + prefixed("s.") + " FROM sku s JOIN product p ON p.id = s.product_id"
                + where.sql() + " ORDER BY s.id LIMIT ?", p -> {
                    where.bind(p);
                    p.integer(request.limit() + 1);
                }, JdbcSkus::map);
        return Page.fromOverfetch(rows, request.limit(), sku -> sku.id().value());
    }

    @Override
    public boolean takeQuota(SkuId id, long quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return jdbc.update("UPDATE sku SET stock_count = CASE WHEN stock_unlimited THEN 0 ELSE stock_count - ? END "
                + "WHERE id = ? AND (stock_unlimited OR stock_count >= ?)",
                p -> p.bigint(quantity).uuid(id.value()).bigint(quantity)) == 1;
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    static Sku map(Row row) throws SQLException {
        Currency currency = Currency.of(row.text("currency").strip());
        String faceCurrency = row.text("face_value_currency");
        Optional<Money> faceValue = row.optionalBigint("face_value_minor")
                .map(minor -> new Money(minor, Currency.of(faceCurrency.strip())));
        Stock stock = row.bool("stock_unlimited") ? Stock.unlimitedStock() : Stock.counted(row.bigint("stock_count"));
        return new Sku(new SkuId(row.uuid("id")), new ProductId(row.uuid("product_id")), row.text("name"),
                new Money(row.bigint("price_minor"), currency), faceValue, stock,
                PayloadJson.readTexts(row.text("attributes")), row.instant("created_at"));
    }
}
