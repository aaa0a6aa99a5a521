package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.SingleString;
import com.ledgerport.application.port.in.IssueResellerTokenUseCase;
import com.ledgerport.application.port.in.IssueResellerTokenUseCase.IssueResellerTokenCommand;
import com.ledgerport.application.port.in.IssueResellerTokenUseCase.ResellerToken;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 001 Generate Token: the partner proves itself with an API key — in the {@code ApiKey} header, or as
 * {@code {"api_key": "ak_…"}} in the body — and receives an HS256 Reseller API token.
 */
@Controller("/Token")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {

    private final Credentials credentials;
    private final IssueResellerTokenUseCase issueResellerToken;
    private final Clock clock;

    TokenController(Credentials credentials, IssueResellerTokenUseCase issueResellerToken, Clock clock) {
        this.credentials = credentials;
        this.issueResellerToken = issueResellerToken;
        this.clock = clock;
    }

    @Post("/Generate")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> generate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        String header = request.getHeaders().get(PlatformAuth.API_KEY_HEADER);
        boolean noBody = body == null || body.length == 0;
        // No header and no body is a missing key (401, -23), not a malformed body.
        String apiKey = header != null ? header.strip()
                : (noBody ? Optional.<String>empty() : JsonBody.parse(body).optionalText("api_key", 128))
                        .orElseThrow(() -> Credentials.unauthenticated(PlatformAuth.BAD_API_KEY,
                                "Send the API key in the ApiKey header or as api_key"));
        ApiKeyPrincipal principal = credentials.apiKey(request, new SingleString(apiKey),
                Optional.of(PartnerSurface.RESELLER), Optional.empty(), PlatformAuth.BAD_API_KEY);
        ResellerToken token = issueResellerToken.issue(new IssueResellerTokenCommand(principal,
                RequestIds.context(request, principal.actor())));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", token.jwt());
        data.put("token_type", "Bearer");
        data.put("expires_in", Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds()));
        data.put("expires_at", Times.iso(token.expiresAt()));
        return PlatformViews.ok(data);
    }
}
