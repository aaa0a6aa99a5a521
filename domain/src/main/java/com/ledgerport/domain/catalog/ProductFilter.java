package com.ledgerport.domain.catalog;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.util.Optional;

/** Narrows a product or price listing; an empty field does not narrow. */
public record ProductFilter(Optional<CategoryId> category, Optional<ProductType> type, Optional<PartnerId> supplier) {

    public ProductFilter {
        Require.present(category, "category");
        Require.present(type, "type");
        Require.present(supplier, "supplier");
    }

    public static ProductFilter none() {
        return new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ProductFilter ofSupplier(PartnerId supplierId) {
        return new ProductFilter(category, type, Optional.of(supplierId));
    }
}
