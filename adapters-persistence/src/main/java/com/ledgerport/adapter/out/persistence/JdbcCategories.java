package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Categories;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.CategoryId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
final class JdbcCategories implements Categories {

    private final Jdbc jdbc;

    JdbcCategories(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Category> addIfNameFree(String name, List<CategoryAttribute> attributes, Instant createdAt) {
        Optional<Long> id = jdbc.insertReturningIdIfNew(
                "INSERT INTO category (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING", "id",
                p -> p.text(name).instant(createdAt));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (int position = 0; position < attributes.size(); position++) {
            CategoryAttribute attribute = attributes.get(position);
            int at = position;
            jdbc.update("INSERT INTO category_attribute (category_id, position, name, target) VALUES (?, ?, ?, ?)",
                    p -> p.bigint(id.get()).integer(at).text(attribute.name()).text(attribute.target().name()));
        }
        return Optional.of(new Category(new CategoryId(id.get()), name, attributes, createdAt));
    }

    @Override
    public Optional<Category> find(CategoryId id) {
        List<Category> found = assemble(
                jdbc.list("SELECT id, name, created_at FROM category WHERE id = ?", p -> p.bigint(id.value()),
                        JdbcCategories::head),
                jdbc.list("SELECT category_id, name, target FROM category_attribute WHERE category_id = ? "
                        + "ORDER BY position", p -> p.bigint(id.value()), JdbcCategories::attribute));
        return found.stream().findFirst();
    }

    @Override
    public List<Category> all() {
        return assemble(
                jdbc.list("SELECT id, name, created_at FROM category ORDER BY id LIMIT ?",
                        p -> p.integer(Category.COUNT_MAX), JdbcCategories::head),
                jdbc.list("SELECT category_id, name, target FROM category_attribute ORDER BY category_id, position",
                        Jdbc.none(), JdbcCategories::attribute));
    }

    @Override
    public long count() {
        return jdbc.one("SELECT COUNT(*) AS n FROM category", Jdbc.none(), row -> row.bigint("n")).orElse(0L);
    }

    private record Head(long id, String name, Instant createdAt) {
    }

    private record Attribute(long categoryId, CategoryAttribute attribute) {
    }

    private static Head head(Row row) throws SQLException {
        return new Head(row.bigint("id"), row.text("name"), row.instant("created_at"));
    }

    private static Attribute attribute(Row row) throws SQLException {
        return new Attribute(row.bigint("category_id"),
                new CategoryAttribute(row.text("name"), AttributeTarget.valueOf(row.text("target"))));
    }

    private static List<Category> assemble(List<Head> heads, List<Attribute> attributes) {
        Map<Long, List<CategoryAttribute>> byCategory = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            byCategory.computeIfAbsent(attribute.categoryId(), id -> new ArrayList<>()).add(attribute.attribute());
        }
        return heads.stream().map(head -> new Category(new CategoryId(head.id()), head.name(),
                byCategory.getOrDefault(head.id(), List.of()), head.createdAt())).toList();
    }
}
