package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every response carries {@code X-Request-Id}: the client's own when it sent a sane one (so it can correlate),
 * otherwise a fresh UUIDv7. The id also reaches the audit log through {@link RequestIds#context}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    @RequestFilter
    void assign(HttpRequest<?> request) {
        String sent = request.getHeaders().get(RequestIds.HEADER);
        request.setAttribute(RequestIds.ATTRIBUTE, RequestIds.isSane(sent) ? sent : UuidV7.next().toString());
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(RequestIds.HEADER, RequestIds.of(request));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
