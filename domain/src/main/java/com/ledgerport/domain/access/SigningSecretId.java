package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record SigningSecretId(UUID value) {

    public SigningSecretId {
        Require.present(value, "signing secret id");
    }

    public static SigningSecretId generate() {
        return new SigningSecretId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
