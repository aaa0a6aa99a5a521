package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record ProductId(UUID value) {

    public ProductId {
        Require.present(value, "product id");
    }

    public static ProductId generate() {
        return new ProductId(UuidV7.next());
    }

    public static ProductId parse(String text) {
        return new ProductId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
