package com.ledgerport.domain.order;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record OrderId(UUID value) {

    public OrderId {
        Require.present(value, "order id");
    }

    public static OrderId generate() {
        return new OrderId(UuidV7.next());
    }

    public static OrderId parse(String text) {
        return new OrderId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
