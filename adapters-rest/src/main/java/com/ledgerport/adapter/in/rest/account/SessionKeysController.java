package com.ledgerport.adapter.in.rest.account;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.ApiKeyCreation;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.Created;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.ExpireApiKeyCommand;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.Expired;
import com.ledgerport.application.port.in.ListApiKeysUseCase;
import com.ledgerport.application.port.in.ListApiKeysUseCase.ListApiKeysQuery;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 000 key management, under a member's session (or an access token holding {@code keys} scopes): an API
 * key never manages keys.
 */
@Controller("/api/v1/session/keys")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionKeysController {

    static final Set<TokenKind> MANAGERS = Set.of(TokenKind.SESSION, TokenKind.ACCESS_TOKEN);

    private final Credentials credentials;
    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final ExpireApiKeyUseCase expireApiKey;

    SessionKeysController(Credentials credentials, CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys,
            ExpireApiKeyUseCase expireApiKey) {
        this.credentials = credentials;
        this.createApiKey = createApiKey;
        this.listApiKeys = listApiKeys;
        this.expireApiKey = expireApiKey;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Principal principal = manager(request, Permission.KEYS_CREATE_ONE);
        JsonBody json = JsonBody.parse(body);
        ApiKeyCreation outcome = createApiKey.create(new CreateApiKeyCommand(principal.partnerId(),
                json.requiredText("name", ApiKey.NAME_LENGTH_MAX).strip(), json.optionalLong("ttl_seconds"),
                json.optionalLong("expires_at"), mode(principal), RequestIds.context(request, principal.actor())));
        return HttpResponse.created(created(outcome));
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request) {
        Principal principal = manager(request, Permission.KEYS_READ_MANY);
        return Map.of("items", listApiKeys.list(new ListApiKeysQuery(principal.partnerId())).stream()
                .map(AccountViews::key).toList());
    }

    @Patch("/{id}/expire")
    Map<String, Object> expire(HttpRequest<?> request, String id) {
        Principal principal = manager(request, Permission.KEYS_UPDATE_ONE);
        ApiKeyId keyId = keyId(id);
        var outcome = expireApiKey.expire(new ExpireApiKeyCommand(principal.partnerId(), keyId,
                RequestIds.context(request, principal.actor())));
        if (outcome instanceof Expired expired) {
            return AccountViews.key(expired.key());
        }
        throw keyNotFound(id);
    }

    /** A test-mode access token makes test-mode keys; members make live keys. */
    private static Mode mode(Principal principal) {
        return principal instanceof AccessTokenPrincipal token ? token.mode() : Mode.LIVE;
    }

    private Principal manager(HttpRequest<?> request, Permission permission) {
        if (request.getHeaders().contains("X-API-Key")
                && !request.getHeaders().contains(io.micronaut.http.HttpHeaders.AUTHORIZATION)) {
            throw ApiException.unauthenticated("Key management needs a member session: send Authorization: "
                    + "Bearer <accessToken>; an API key cannot manage keys");
        }
        Principal principal = credentials.bearer(request, MANAGERS, Optional.empty(), Optional.empty());
        Credentials.require(principal, permission);
        return principal;
    }

    /** Shared with the operator endpoint: a refusal of key creation as a 4xx naming the field. */
    static Map<String, Object> created(ApiKeyCreation outcome) {
        if (outcome instanceof Created created) {
            return AccountViews.createdKey(created.key(), created.material());
        }
        CreateApiKeyUseCase.Rejected rejected = (CreateApiKeyUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case PARTNER_NOT_FOUND -> ApiException.notFound("Partner not found");
            case INVALID_LIFETIME -> ApiException.badField(rejected.field().orElse("ttl_seconds"),
                    rejected.message());
            case TOO_MANY_KEYS -> new ApiException(ErrorCode.CONFLICT, Optional.of("too_many_keys"),
                    rejected.message(), Optional.empty());
        };
    }

    static ApiKeyId keyId(String raw) {
        try {
            return ApiKeyId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw keyNotFound(raw);
        }
    }

    static ApiException keyNotFound(String id) {
        return ApiException.notFound("API key '" + id + "' not found");
    }
}
