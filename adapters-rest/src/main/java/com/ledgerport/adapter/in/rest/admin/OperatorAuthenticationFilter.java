package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Bearer;
import com.ledgerport.adapter.in.rest.common.ErrorEnvelopes;
import com.ledgerport.adapter.in.rest.common.RateLimiter;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.AuthenticateOperatorCommand;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.OperatorAuthentication;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Every operator route needs {@code Authorization: Bearer <operator token>}; anything else is a 401. */
@ServerFilter("/admin/**")
final class OperatorAuthenticationFilter implements Ordered {

    private final AuthenticateOperatorUseCase authenticateOperator;
    private final ErrorEnvelopes envelopes;
    private final RateLimiter rateLimiter;

    OperatorAuthenticationFilter(AuthenticateOperatorUseCase authenticateOperator, ErrorEnvelopes envelopes,
            RateLimiter rateLimiter) {
        this.authenticateOperator = authenticateOperator;
        this.envelopes = envelopes;
        this.rateLimiter = rateLimiter;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String token = Bearer.token(request).orElse(null);
        if (token != null && authenticateOperator.authenticate(new AuthenticateOperatorCommand(token))
                == OperatorAuthentication.AUTHENTICATED) {
            try {
                rateLimiter.acquire(request.getPath(), "operator");
                return null;
            } catch (ApiException limited) {
                return envelopes.render(request.getPath(), limited);
            }
        }
        String message = token == null
                ? "Missing operator credential: send Authorization: Bearer <operator token>"
                : "Invalid operator token";
        return envelopes.render(request.getPath(), ApiException.unauthenticated(message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ledgerport-admin\"");
    }

    @Override
    public int getOrder() {
        // After the request-id filter, so rejections carry the id too.
        return HIGHEST_PRECEDENCE + 100;
    }
}
