package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Bearer;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RateLimiter;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.LogInUseCase;
import com.ledgerport.application.port.in.LogInUseCase.LogIn;
import com.ledgerport.application.port.in.LogInUseCase.LogInCommand;
import com.ledgerport.application.port.in.LogInUseCase.LoggedIn;
import com.ledgerport.application.port.in.RefreshSessionUseCase;
import com.ledgerport.application.port.in.RefreshSessionUseCase.Refresh;
import com.ledgerport.application.port.in.RefreshSessionUseCase.RefreshSessionCommand;
import com.ledgerport.application.port.in.RefreshSessionUseCase.Refreshed;
import com.ledgerport.application.port.in.RefreshSessionUseCase.Rejected;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.access.SecretToken;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.shared.Email;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** Seed 004 sign-in: {@code POST /api/auth/login} and {@code GET /api/auth/refresh}. */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

    static final String REFRESH_HEADER = "refresh";

    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refreshSession;
    private final RateLimiter rateLimiter;

    AuthController(LogInUseCase logIn, RefreshSessionUseCase refreshSession, RateLimiter rateLimiter) {
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.rateLimiter = rateLimiter;
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> login(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = JsonBody.parse(body);
        String username = json.requiredText("username", Email.LENGTH_MAX);
        Password password = Password.presented(json.requiredText("password", Password.LENGTH_MAX));
        // Attempts count against the user name, so guessing one member's password is throttled.
        rateLimiter.acquire(request.getPath(), "login:" + username.strip().toLowerCase(java.util.Locale.ROOT));
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        LogIn outcome = logIn.logIn(new LogInCommand(username, password, userAgent,
                RequestIds.context(request, Actor.anonymous())));
        if (outcome instanceof LoggedIn loggedIn) {
            return CertificateViews.tokens(loggedIn.tokens());
        }
        throw ApiException.unauthenticated(switch (((LogInUseCase.Rejected) outcome).reason()) {
            case WRONG_CREDENTIALS -> "Wrong credentials provided";
            case PARTNER_SUSPENDED -> "Partner is suspended";
        });
    }

    @Get("/refresh")
    Map<String, Object> refresh(HttpRequest<?> request) {
        String token = Bearer.token(request.getHeaders().get(REFRESH_HEADER)).orElseThrow(() ->
                ApiException.unauthenticated("Missing refresh token: send refresh: Bearer <refreshToken>"));
        rateLimiter.acquire(request.getPath(), "refresh:" + SecretToken.digest(token));
        Refresh outcome = refreshSession.refresh(
                new RefreshSessionCommand(token, RequestIds.context(request, Actor.anonymous())));
        if (outcome instanceof Refreshed refreshed) {
            return CertificateViews.tokens(refreshed.tokens());
        }
        throw ApiException.unauthenticated(switch (((Rejected) outcome).reason()) {
            case UNKNOWN_TOKEN -> "Invalid refresh token";
            case REUSED_TOKEN -> "Refresh token already used; the session has been revoked, log in again";
            case SESSION_REVOKED -> "Session revoked; log in again";
            case SESSION_EXPIRED -> "Session expired; log in again";
            case PARTNER_SUSPENDED -> "Partner is suspended";
        });
    }
}
