package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record AccessTokenId(UUID value) {

    public AccessTokenId {
        Require.present(value, "access token id");
    }

    public static AccessTokenId generate() {
        return new AccessTokenId(UuidV7.next());
    }

    public static AccessTokenId parse(String text) {
        return new AccessTokenId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
