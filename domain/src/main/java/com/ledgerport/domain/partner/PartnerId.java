package com.ledgerport.domain.partner;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record PartnerId(UUID value) {

    public PartnerId {
        Require.present(value, "partner id");
    }

    public static PartnerId generate() {
        return new PartnerId(UuidV7.next());
    }

    public static PartnerId parse(String text) {
        return new PartnerId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
