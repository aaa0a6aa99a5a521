package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record RsaKeyId(UUID value) {

    public RsaKeyId {
        Require.present(value, "RSA key id");
    }

    public static RsaKeyId generate() {
        return new RsaKeyId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
