package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.AuthenticateApiKeyCommand;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.KeyAuthentication;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.Presented;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.BearerAuthentication;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * The one path from a request's credential to a {@link Principal}, shared by every surface: it asks the
 * application to verify the credential, turns a refusal into 401 (not authenticated) or 403 (not allowed)
 * with a message that says which, and then takes one request from the credential's rate limit.
 * Surfaces differ only in which credentials they read and in the error code they put on a 401.
 */
@Singleton
public final class Credentials {

    private final AuthenticateBearerUseCase authenticateBearer;
    private final AuthenticateApiKeyUseCase authenticateApiKey;
    private final RateLimiter rateLimiter;

    public Credentials(AuthenticateBearerUseCase authenticateBearer, AuthenticateApiKeyUseCase authenticateApiKey,
            RateLimiter rateLimiter) {
        this.authenticateBearer = authenticateBearer;
        this.authenticateApiKey = authenticateApiKey;
        this.rateLimiter = rateLimiter;
    }

    /**
     * A bearer JWT of one of the accepted kinds.
     *
     * @param unauthenticatedCode the surface's code for a 401, when it has its own
     */
    public Principal bearer(HttpRequest<?> request, Set<TokenKind> accepted, Optional<PartnerSurface> surface,
            Optional<String> unauthenticatedCode) {
        String token = Bearer.token(request).orElseThrow(() -> unauthenticated(unauthenticatedCode,
                "Missing bearer token: send Authorization: Bearer <token>"));
        BearerAuthentication outcome = authenticateBearer.authenticate(
                new AuthenticateBearerCommand(token, accepted, surface, RequestIds.of(request)));
        if (outcome instanceof AuthenticateBearerUseCase.Authenticated authenticated) {
            rateLimiter.acquire(request.getPath(), authenticated.principal().actor().describe());
            return authenticated.principal();
        }
        AuthenticateBearerUseCase.Rejected rejected = (AuthenticateBearerUseCase.Rejected) outcome;
        if (rejected.isForbidden()) {
            throw ApiException.forbidden("This partner has no access to this API");
        }
        throw unauthenticated(unauthenticatedCode, switch (rejected.reason()) {
            case MALFORMED -> "Invalid bearer token";
            case WRONG_KIND -> "This kind of token is not accepted here";
            case EXPIRED -> "Token expired";
            case REVOKED -> "Token revoked or no longer valid";
            case PARTNER_SUSPENDED, SURFACE_NOT_ALLOWED -> "Partner is suspended";
        });
    }

    /** API key credentials in either form. */
    public ApiKeyPrincipal apiKey(HttpRequest<?> request, Presented presented, Optional<PartnerSurface> surface,
            Optional<PartnerId> requestedTenant, Optional<String> unauthenticatedCode) {
        KeyAuthentication outcome = authenticateApiKey.authenticate(new AuthenticateApiKeyCommand(presented, surface,
                requestedTenant, RequestIds.of(request)));
        if (outcome instanceof AuthenticateApiKeyUseCase.Authenticated authenticated) {
            rateLimiter.acquire(request.getPath(), authenticated.principal().actor().describe());
            return authenticated.principal();
        }
        AuthenticateApiKeyUseCase.Rejected rejected = (AuthenticateApiKeyUseCase.Rejected) outcome;
        if (rejected.isForbidden()) {
            throw ApiException.forbidden("This partner has no access to this API");
        }
        throw unauthenticated(unauthenticatedCode, switch (rejected.reason()) {
            case MALFORMED -> "Malformed API key";
            case UNKNOWN_KEY, WRONG_SECRET -> "Invalid API key";
            case REVOKED -> "API key revoked";
            case EXPIRED -> "API key expired";
            case PARTNER_SUSPENDED -> "Partner is suspended";
            case OTHER_TENANT -> "API key does not belong to the requested tenant";
            case SURFACE_NOT_ALLOWED -> "This partner has no access to this API";
        });
    }

    /** 403 unless the principal's credential grants the permission. */
    public static void require(Principal principal, Permission permission) {
        if (!principal.allows(permission)) {
            throw ApiException.forbidden("Missing scope " + permission);
        }
    }

    public static ApiException unauthenticated(Optional<String> code, String message) {
        return new ApiException(ErrorCode.UNAUTHENTICATED, code, message, Optional.empty());
    }
}
