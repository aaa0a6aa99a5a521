package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorEnvelopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Seed 004's {@code x-version} header: absent means 1, and 1 is the only version there is. */
@ServerFilter({"/api/auth/**", "/api/accesstoken/**", "/api/accesstoken", "/api/sessions/**", "/api/sessions",
        "/api/users/**", "/api/companies/**", "/api/companies", "/api/certificates/**", "/api/certificates",
        "/api/hooks/**", "/api/hooks", "/api/events/**", "/api/events"})
final class ApiVersionFilter implements Ordered {

    static final String HEADER = "x-version";
    static final String SUPPORTED = "1";

    private final ErrorEnvelopes envelopes;

    ApiVersionFilter(ErrorEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String version = request.getHeaders().get(HEADER);
        if (version == null || SUPPORTED.equals(version.strip())) {
            return null;
        }
        return envelopes.render(request.getPath(), ApiException.badField(HEADER,
                "Unsupported API version '" + version + "' in x-version; supported: " + SUPPORTED));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
