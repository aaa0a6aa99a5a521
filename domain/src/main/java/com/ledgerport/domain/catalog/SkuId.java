package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record SkuId(UUID value) {

    public SkuId {
        Require.present(value, "sku id");
    }

    public static SkuId generate() {
        return new SkuId(UuidV7.next());
    }

    public static SkuId parse(String text) {
        return new SkuId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
