package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Products;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcProducts implements Products {

    static final String COLUMNS = "id, category_id, name, type, attributes, supplier_id, created_at";

    private final Jdbc jdbc;

    JdbcProducts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM product WHERE id = ?", p -> p.uuid(id.value()),
                JdbcProducts::map);
    }

    @Override
    public void add(Product product) {
        jdbc.update("INSERT INTO product (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", p -> p
                .uuid(product.id().value())
                .bigint(product.categoryId().value())
                .text(product.name())
                .text(product.type().name())
                .text(PayloadJson.writeTexts(product.attributes()))
                .optionalUuid(product.supplierId().map(PartnerId::value))
                .instant(product.createdAt()));
    }

    @Override
    public Page<Product> page(ProductFilter filter, PageRequest request) {
        Filtered where = Filtered.of(filter, request, "");
        List<Product> rows = jdbc.list("SELECT " + COLUMNS + " FROM product" + where.sql() + " ORDER BY id LIMIT ?",
                p -> {
                    where.bind(p);
                    p.integer(request.limit() + 1);
                }, JdbcProducts::map);
        return Page.fromOverfetch(rows, request.limit(), product -> product.id().value());
    }

    static Product map(Row row) throws SQLException {
        return new Product(new ProductId(row.uuid("id")), new CategoryId(row.bigint("category_id")),
                row.text("name"), ProductType.valueOf(row.text("type")),
                PayloadJson.readTexts(row.text("attributes")),
                row.optionalUuid("supplier_id").map(PartnerId::new), row.instant("created_at"));
    }

    /**
     * The WHERE clause of a filtered page, on the product table under {@code alias} (with its dot, or empty),
     * after the page's cursor on {@code idColumn}. The SQL holds only fixed text; values are bound.
     */
    record Filtered(String sql, List<Jdbc.Binder> binders) {

        static Filtered of(ProductFilter filter, PageRequest request, String alias) {
            return of(filter, request, alias, alias + "id");
        }

        static Filtered of(ProductFilter filter, PageRequest request, String alias, String idColumn) {
            List<String> conditions = new ArrayList<>();
            List<Jdbc.Binder> binders = new ArrayList<>();
            filter.category().ifPresent(category -> {
                conditions.add(alias + "category_id = ?");
                binders.add(p -> p.bigint(category.value()));
            });
            filter.type().ifPresent(type -> {
                conditions.add(alias + "type = ?");
                binders.add(p -> p.text(type.name()));
            });
            filter.supplier().ifPresent(supplier -> {
                conditions.add(alias + "supplier_id = ?");
                binders.add(p -> p.uuid(supplier.value()));
            });
            request.after().ifPresent(after -> {
                conditions.add(idColumn + " > ?");
                binders.add(p -> p.uuid(after));
            });
            return new Filtered(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), binders);
        }

        void bind(Params params) throws SQLException {
            for (Jdbc.Binder binder : binders) {
                binder.bind(params);
            }
        }
    }
}
