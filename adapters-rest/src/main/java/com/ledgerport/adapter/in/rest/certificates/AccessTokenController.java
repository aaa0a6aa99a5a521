package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.ScopeViews;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase.AccessTokenIssue;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase.IssueAccessTokenCommand;
import com.ledgerport.application.port.in.IssueAccessTokenUseCase.Issued;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.Done;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.GetAccessTokenQuery;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.ListAccessTokensQuery;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.Outcome;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.Refused;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.RevokeAccessTokenCommand;
import com.ledgerport.application.port.in.ManageAccessTokensUseCase.UpdateAccessTokenCommand;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 004 long-lived access tokens: create (the {@code jwt} is shown once), read one, read many, update
 * (description, scopes), revoke. Every call names the company in the {@code company} header; the caller — a
 * member's session, or an access token with {@code accesstoken} scopes — must act for it.
 */
@Controller("/api/accesstoken")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccessTokenController {

    static final String COMPANY_HEADER = "company";
    static final Set<TokenKind> CALLERS = Set.of(TokenKind.SESSION, TokenKind.ACCESS_TOKEN);

    private final Credentials credentials;
    private final IssueAccessTokenUseCase issueAccessToken;
    private final ManageAccessTokensUseCase manageAccessTokens;

    AccessTokenController(Credentials credentials, IssueAccessTokenUseCase issueAccessToken,
            ManageAccessTokensUseCase manageAccessTokens) {
        this.credentials = credentials;
        this.issueAccessToken = issueAccessToken;
        this.manageAccessTokens = manageAccessTokens;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Nullable @QueryValue String mode,
            @Nullable @Body byte[] body) {
        Principal caller = caller(request);
        PartnerId company = company(request);
        Mode tokenMode = mode(mode);
        JsonBody json = JsonBody.parse(body);
        String description = json.optionalText("description", AccessToken.DESCRIPTION_LENGTH_MAX).orElse("");
        Scopes scopes = ScopesReader.required(json, "scopes");
        Optional<Long> expiresIn = json.optionalLong("expiresIn");
        AccessTokenIssue outcome = issueAccessToken.issue(new IssueAccessTokenCommand(caller, company,
                description, tokenMode, scopes, expiresIn, RequestIds.context(request, caller.actor())));
        if (outcome instanceof Issued issued) {
            Map<String, Object> view = view(issued.token());
            view.put("jwt", issued.jwt());
            return HttpResponse.created(view);
        }
        IssueAccessTokenUseCase.Rejected rejected = (IssueAccessTokenUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case COMPANY_NOT_ALLOWED, NOT_ALLOWED -> ApiException.forbidden(rejected.message());
            case INVALID_EXPIRY -> ApiException.badField("expiresIn", rejected.message());
            case TOO_MANY_TOKENS -> new ApiException(ErrorCode.CONFLICT, rejected.message());
        };
    }

    @Get
    List<Map<String, Object>> list(HttpRequest<?> request) {
        Principal caller = caller(request);
        return unwrap(manageAccessTokens.list(new ListAccessTokensQuery(caller, company(request))))
                .stream().map(AccessTokenController::view).toList();
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        Principal caller = caller(request);
        return view(unwrap(manageAccessTokens.get(new GetAccessTokenQuery(caller, company(request), tokenId(id)))));
    }

    @Patch("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> patch(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        return update(request, id, body);
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> put(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        return update(request, id, body);
    }

    @Delete("/{id}")
    Map<String, Object> revoke(HttpRequest<?> request, String id) {
        Principal caller = caller(request);
        return view(unwrap(manageAccessTokens.revoke(new RevokeAccessTokenCommand(caller, company(request),
                tokenId(id), RequestIds.context(request, caller.actor())))));
    }

    private Map<String, Object> update(HttpRequest<?> request, String id, byte[] body) {
        Principal caller = caller(request);
        PartnerId company = company(request);
        AccessTokenId tokenId = tokenId(id);
        JsonBody json = JsonBody.parse(body);
        Optional<String> description = json.has("description")
                ? Optional.of(json.requiredText("description", AccessToken.DESCRIPTION_LENGTH_MAX))
                : Optional.empty();
        Optional<Scopes> scopes = json.has("scopes") ? Optional.of(ScopesReader.required(json, "scopes"))
                : Optional.empty();
        if (description.isEmpty() && scopes.isEmpty()) {
            throw ApiException.badField("body", "Nothing to update: send description and/or scopes");
        }
        return view(unwrap(manageAccessTokens.update(new UpdateAccessTokenCommand(caller, company, tokenId,
                description, scopes, RequestIds.context(request, caller.actor())))));
    }

    private Principal caller(HttpRequest<?> request) {
        return credentials.bearer(request, CALLERS, Optional.empty(), Optional.empty());
    }

    static PartnerId company(HttpRequest<?> request) {
        String company = request.getHeaders().get(COMPANY_HEADER);
        if (company == null || company.isBlank()) {
            throw ApiException.badField(COMPANY_HEADER, "The company header (the company id) is required");
        }
        try {
            return PartnerId.parse(company.strip());
        } catch (InvalidValueException malformed) {
            throw ApiException.badField(COMPANY_HEADER, "The company header must be a company id (UUID)");
        }
    }

    private static Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            throw ApiException.badField("mode", "Query parameter mode is required: test or live");
        }
        try {
            return Mode.parse(mode);
        } catch (InvalidValueException unknown) {
            throw ApiException.badField("mode", "Query parameter mode must be test or live");
        }
    }

    private static AccessTokenId tokenId(String raw) {
        try {
            return AccessTokenId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw ApiException.notFound("Access token not found");
        }
    }

    private static <T> T unwrap(Outcome<T> outcome) {
        if (outcome instanceof Done<T> done) {
            return done.value();
        }
        Refused<T> refused = (Refused<T>) outcome;
        throw switch (refused.reason()) {
            case COMPANY_NOT_ALLOWED, NOT_ALLOWED -> ApiException.forbidden(refused.message());
            case NOT_FOUND -> ApiException.notFound(refused.message());
        };
    }

    static Map<String, Object> view(AccessToken token) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", token.id().toString());
        view.put("company", token.partnerId().toString());
        view.put("description", token.description());
        view.put("mode", token.mode().wireName());
        view.put("scopes", ScopeViews.nested(token.scopes()));
        view.put("createdAt", Times.iso(token.createdAt()));
        view.put("expiresAt", Times.iso(token.expiresAt()));
        view.put("revokedAt", token.revokedAt().map(Times::iso).orElse(null));
        return view;
    }
}
