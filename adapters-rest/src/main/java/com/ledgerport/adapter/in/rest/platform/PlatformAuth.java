package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.SingleString;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 001's two mechanisms. Payment and Supplier APIs: the {@code ApiKey} header (any letter case), the only
 * credential; a missing, malformed, expired, revoked or other tenant's key is 401 with code -23. Reseller and
 * Storefront APIs: {@code Authorization: Bearer <jwt>} from Generate Token or Storefront Login; without the
 * prefix it is 401; a valid token lacking the endpoint's scope is 403.
 */
@Singleton
final class PlatformAuth {

    static final String API_KEY_HEADER = "ApiKey";
    /** Optional: the tenant a call is meant for; a key of another partner is refused as seed 001 says. */
    static final String TENANT_HEADER = "X-Tenant-Id";
    static final Optional<String> BAD_API_KEY = Optional.of("-23");
    static final Set<TokenKind> PLATFORM_TOKENS = Set.of(TokenKind.RESELLER, TokenKind.STOREFRONT);

    private final Credentials credentials;

    PlatformAuth(Credentials credentials) {
        this.credentials = credentials;
    }

    ApiKeyPrincipal apiKey(HttpRequest<?> request, PartnerSurface surface) {
        String key = request.getHeaders().get(API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            throw Credentials.unauthenticated(BAD_API_KEY, "Missing ApiKey header");
        }
        return credentials.apiKey(request, new SingleString(key.strip()), Optional.of(surface),
                requestedTenant(request), BAD_API_KEY);
    }

    Principal token(HttpRequest<?> request, PartnerSurface surface, Permission permission) {
        Principal principal = credentials.bearer(request, PLATFORM_TOKENS, Optional.of(surface), Optional.empty());
        Credentials.require(principal, permission);
        return principal;
    }

    private static Optional<PartnerId> requestedTenant(HttpRequest<?> request) {
        String tenant = request.getHeaders().get(TENANT_HEADER);
        if (tenant == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartnerId.parse(tenant.strip()));
        } catch (InvalidValueException malformed) {
            throw Credentials.unauthenticated(BAD_API_KEY, "Malformed " + TENANT_HEADER);
        }
    }
}
