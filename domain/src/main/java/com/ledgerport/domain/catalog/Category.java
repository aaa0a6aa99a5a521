package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A group of products with the attributes its products and SKUs may carry. */
public record Category(CategoryId id, String name, List<CategoryAttribute> attributes, Instant createdAt) {

    public static final int NAME_LENGTH_MAX = 200;
    public static final int ATTRIBUTES_MAX = 32;
    /** Categories in the whole catalog (seed 002 lists them all at once, without pages). */
    public static final int COUNT_MAX = 1_000;

    public Category {
        Require.present(id, "id");
        check(name, attributes);
        attributes = List.copyOf(attributes);
        Require.present(createdAt, "created_at");
    }

    /** What a new category must satisfy before it gets an id: a name, and distinct attributes, not too many. */
    public static void check(String name, List<CategoryAttribute> attributes) {
        Require.text(name, "name", NAME_LENGTH_MAX);
        Require.present(attributes, "attributes");
        Require.that(attributes.size() <= ATTRIBUTES_MAX, "a category has at most " + ATTRIBUTES_MAX + " attributes");
        Set<String> names = new HashSet<>();
        for (CategoryAttribute attribute : attributes) {
            Require.present(attribute, "attribute");
            Require.that(names.add(attribute.name()), "attribute '" + attribute.name() + "' is declared twice");
        }
    }

    /** This category with only the attributes of one target (seed 002's {@code ?target=}). */
    public Category narrowedTo(AttributeTarget target) {
        return new Category(id, name, attributes(target), createdAt);
    }

    public List<CategoryAttribute> attributes(AttributeTarget target) {
        return attributes.stream().filter(attribute -> attribute.target() == target).toList();
    }

    public Optional<CategoryAttribute> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }
}
