package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 002 {@code Authorization: Bearer {s2s-token}}: a scoped access token (seed 004's, created with
 * {@code POST /api/accesstoken}). Each endpoint names the scope it needs; lacking it is 403.
 */
@Singleton
public final class PartnerAuth {

    static final Set<TokenKind> S2S_TOKENS = Set.of(TokenKind.ACCESS_TOKEN);

    private final Credentials credentials;

    PartnerAuth(Credentials credentials) {
        this.credentials = credentials;
    }

    /** Any valid access token of an active partner. */
    public Principal authenticate(HttpRequest<?> request) {
        return credentials.bearer(request, S2S_TOKENS, Optional.empty(), Optional.empty());
    }

    public Principal authenticate(HttpRequest<?> request, Permission permission) {
        Principal principal = authenticate(request);
        Credentials.require(principal, permission);
        return principal;
    }
}
