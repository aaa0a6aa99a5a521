package com.ledgerport.adapter.in.rest.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one failure in the envelope of the surface that received the request (SPEC.md §2.6). All error
 * bodies of the server are made here, so no surface can answer in another's shape or in HTML.
 */
@Singleton
public final class ErrorEnvelopes {

    /** Seed 001's numeric codes; -23 is the seed's own "bad ApiKey", the rest are ours (docs/errors.md). */
    private static final Map<ErrorCode, Integer> PLATFORM_CODES = Map.ofEntries(
            Map.entry(ErrorCode.BAD_REQUEST, -2),
            Map.entry(ErrorCode.UNAUTHENTICATED, -20),
            Map.entry(ErrorCode.FORBIDDEN, -21),
            Map.entry(ErrorCode.NOT_FOUND, -3),
            Map.entry(ErrorCode.METHOD_NOT_ALLOWED, -4),
            Map.entry(ErrorCode.CONFLICT, -5),
            Map.entry(ErrorCode.PAYLOAD_TOO_LARGE, -6),
            Map.entry(ErrorCode.UNSUPPORTED_MEDIA_TYPE, -7),
            Map.entry(ErrorCode.UNPROCESSABLE, -8),
            Map.entry(ErrorCode.RATE_LIMITED, -9),
            Map.entry(ErrorCode.UNAVAILABLE, -10),
            Map.entry(ErrorCode.INTERNAL, -1));

    /** Seed 003's codes for the generic kinds (its catalogue has no "not found" or "conflict" of its own). */
    private static final Map<ErrorCode, String> WALLET_CODES = Map.ofEntries(
            Map.entry(ErrorCode.UNAUTHENTICATED, "authentication_error"),
            Map.entry(ErrorCode.FORBIDDEN, "permission_denied"),
            Map.entry(ErrorCode.RATE_LIMITED, "rate_limit_exceeded"),
            Map.entry(ErrorCode.INTERNAL, "internal_error"),
            Map.entry(ErrorCode.UNAVAILABLE, "internal_error"));

    private final Clock clock;

    public ErrorEnvelopes(Clock clock) {
        this.clock = clock;
    }

    public MutableHttpResponse<Map<String, Object>> render(String path, ApiException failure) {
        return withRetryAfter(path, failure, render(path, failure.code(), failure.surfaceCode(),
                failure.getMessage(), failure.field()));
    }

    public MutableHttpResponse<Map<String, Object>> render(String path, ErrorCode code, Optional<String> surfaceCode,
            String message, Optional<String> field) {
        return render(path, WalletEcho.NONE, code, surfaceCode, message, field);
    }

    /** As {@link #render(String, ApiException)}, echoing what the request remembered (seed 003's uuid). */
    public MutableHttpResponse<Map<String, Object>> render(HttpRequest<?> request, ApiException failure) {
        return withRetryAfter(request.getPath(), failure, render(request, failure.code(), failure.surfaceCode(),
                failure.getMessage(), failure.field()));
    }

    /** A 429 says when to come back: {@code Retry-After}, and in seed 003's body {@code retry_after} too. */
    private static MutableHttpResponse<Map<String, Object>> withRetryAfter(String path, ApiException failure,
            MutableHttpResponse<Map<String, Object>> response) {
        failure.retryAfterSeconds().ifPresent(seconds -> {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            if (Surface.of(path) == Surface.WALLET) {
                response.getBody().ifPresent(body -> body.put("retry_after", Long.toString(seconds)));
            }
        });
        return response;
    }

    public MutableHttpResponse<Map<String, Object>> render(HttpRequest<?> request, ErrorCode code,
            Optional<String> surfaceCode, String message, Optional<String> field) {
        return render(request.getPath(), WalletEcho.of(request), code, surfaceCode, message, field);
    }

    private MutableHttpResponse<Map<String, Object>> render(String path, WalletEcho echo, ErrorCode code,
            Optional<String> surfaceCode, String message, Optional<String> field) {
        Map<String, Object> body = switch (Surface.of(path)) {
            case PLATFORM -> platform(code, surfaceCode, message);
            case PARTNER -> partner(surfaceCode, message, field);
            case WALLET -> wallet(code, surfaceCode, message, echo);
            case CERTIFICATES -> certificates(path, code, message);
            case ADMIN, ACCOUNT, OTHER -> operator(code, surfaceCode, message, field);
        };
        return HttpResponse.<Map<String, Object>>status(code.status()).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(body);
    }

    private static Map<String, Object> operator(ErrorCode code, Optional<String> surfaceCode, String message,
            Optional<String> field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", surfaceCode.orElse(code.wireName()));
        error.put("message", message);
        field.ifPresent(name -> error.put("field", name));
        return Map.of("error", error);
    }

    private static Map<String, Object> platform(ErrorCode code, Optional<String> surfaceCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", surfaceCode.map(Integer::parseInt).orElse(PLATFORM_CODES.get(code)));
        body.put("message", message);
        return body;
    }

    private static Map<String, Object> partner(Optional<String> surfaceCode, String message, Optional<String> field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        // Seed 002's envelope has no code; a refusal with a precise reason (insufficient_funds, …) adds it.
        surfaceCode.ifPresent(code -> body.put("code", code));
        body.put("message", message);
        body.put("errors", field.<Map<String, Object>>map(name -> Map.of(name, List.of(message))).orElse(Map.of()));
        return body;
    }

    private Map<String, Object> wallet(ErrorCode code, Optional<String> surfaceCode, String message,
            WalletEcho echo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("code", surfaceCode.orElse(WALLET_CODES.getOrDefault(code, "bad_request")));
        body.put("message", message);
        body.put("details", message);
        body.put("timestamp", now());
        body.put("uuid", echo.uuid());
        body.put("signed_uuid", echo.signedUuid());
        return body;
    }

    private Map<String, Object> certificates(String path, ErrorCode code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", code.status().getCode());
        // Seed 004 reports the path below its "/api" prefix: "/auth/login" for a call to /api/auth/login.
        body.put("path", path.startsWith("/api/") ? path.substring("/api".length()) : path);
        body.put("timestamp", now());
        body.put("message", message);
        return body;
    }

    private String now() {
        return Times.iso(clock.instant());
    }
}
