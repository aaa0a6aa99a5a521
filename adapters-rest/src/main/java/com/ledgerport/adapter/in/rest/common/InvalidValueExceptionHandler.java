package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A value the domain refused that no adapter check caught first: still the caller's mistake, so a 400 with
 * the domain's explanation, never a 500.
 */
@Produces
@Singleton
final class InvalidValueExceptionHandler implements ExceptionHandler<InvalidValueException, HttpResponse<?>> {

    private final ErrorEnvelopes envelopes;

    InvalidValueExceptionHandler(ErrorEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidValueException failure) {
        return envelopes.render(request, ErrorCode.BAD_REQUEST, Optional.empty(), failure.getMessage(),
                Optional.empty());
    }
}
