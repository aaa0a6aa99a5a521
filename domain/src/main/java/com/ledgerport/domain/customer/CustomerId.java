package com.ledgerport.domain.customer;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record CustomerId(UUID value) {

    public CustomerId {
        Require.present(value, "customer id");
    }

    public static CustomerId generate() {
        return new CustomerId(UuidV7.next());
    }

    public static CustomerId parse(String text) {
        return new CustomerId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
