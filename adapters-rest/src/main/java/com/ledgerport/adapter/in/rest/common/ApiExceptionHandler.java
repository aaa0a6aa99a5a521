package com.ledgerport.adapter.in.rest.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

    private final ErrorEnvelopes envelopes;

    ApiExceptionHandler(ErrorEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException failure) {
        return envelopes.render(request, failure);
    }
}
