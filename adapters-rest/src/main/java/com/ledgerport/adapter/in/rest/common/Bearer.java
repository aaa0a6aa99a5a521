package com.ledgerport.adapter.in.rest.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** Reads {@code <scheme> <credential>} headers; the scheme is case-insensitive (RFC 9110 §11.1). */
public final class Bearer {

    private static final String PREFIX = "bearer ";

    private Bearer() {
    }

    /** The token of {@code Authorization: Bearer <token>}; empty when absent or without the prefix. */
    public static Optional<String> token(HttpRequest<?> request) {
        return token(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    }

    public static Optional<String> token(String headerValue) {
        if (headerValue == null || headerValue.length() <= PREFIX.length()
                || !headerValue.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String token = headerValue.substring(PREFIX.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
