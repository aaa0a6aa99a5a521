package com.ledgerport.domain.catalog;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A digital good of the catalog. A product may name the supplier partner that stocks it: only that partner
 * uploads stock for its SKUs and lists it through seed 001's Supplier API.
 */
public record Product(ProductId id, CategoryId categoryId, String name, ProductType type,
        Map<String, String> attributes, Optional<PartnerId> supplierId, Instant createdAt) {

    public static final int NAME_LENGTH_MAX = 200;

    public Product {
        Require.present(id, "id");
        Require.present(categoryId, "category id");
        Require.text(name, "name", NAME_LENGTH_MAX);
        Require.present(type, "type");
        Require.present(attributes, "attributes");
        attributes = Map.copyOf(attributes);
        Require.present(supplierId, "supplier id");
        Require.present(createdAt, "created_at");
    }
}
