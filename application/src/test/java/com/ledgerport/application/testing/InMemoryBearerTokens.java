package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.SecretToken;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Hands out opaque random tokens and remembers their claims: "signature" is membership in the map. */
public final class InMemoryBearerTokens implements BearerTokens {

    private final Map<String, BearerClaims> minted = new HashMap<>();

    @Override
    public synchronized String mint(BearerClaims claims) {
        String token = SecretToken.generate("test_jwt_");
        minted.put(token, claims);
        return token;
    }

    @Override
    public synchronized Optional<BearerClaims> read(String token) {
        return Optional.ofNullable(minted.get(token));
    }
}
