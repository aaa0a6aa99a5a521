package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;

/** The encoded result of {@link PasswordHasher}: algorithm, cost, salt and digest in one string. */
public record PasswordHash(String encoded) {

    public static final int LENGTH_MAX = 512;

    public PasswordHash {
        Require.text(encoded, "password hash", LENGTH_MAX);
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
