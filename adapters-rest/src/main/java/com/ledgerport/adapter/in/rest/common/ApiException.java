package com.ledgerport.adapter.in.rest.common;

import java.util.Optional;

/**
 * An expected failure of a request, rendered in the envelope of the surface that received it.
 *
 * @param code          the generic kind, which fixes the HTTP status
 * @param surfaceCode   the surface's own code when it has a more precise one (e.g. 003's
 *                      {@code insufficient_balance}); otherwise the generic kind's name is used
 * @param field         the request field at fault, when there is one
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Optional<String> surfaceCode;
    private final Optional<String> field;
    private final Optional<Long> retryAfterSeconds;

    public ApiException(ErrorCode code, String message) {
        this(code, Optional.empty(), message, Optional.empty());
    }

    public ApiException(ErrorCode code, Optional<String> surfaceCode, String message, Optional<String> field) {
        this(code, surfaceCode, message, field, Optional.empty());
    }

    private ApiException(ErrorCode code, Optional<String> surfaceCode, String message, Optional<String> field,
            Optional<Long> retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.surfaceCode = surfaceCode;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: the caller may try again after {@code seconds} (sent as {@code Retry-After}). */
    public static ApiException rateLimited(long seconds) {
        return new ApiException(ErrorCode.RATE_LIMITED, Optional.empty(),
                "Too many requests; retry after " + seconds + " s", Optional.empty(), Optional.of(seconds));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, Optional.empty(), message, Optional.of(field));
    }

    public static ApiException unauthenticated(String message) {
        return new ApiException(ErrorCode.UNAUTHENTICATED, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<String> surfaceCode() {
        return surfaceCode;
    }

    public Optional<String> field() {
        return field;
    }

    public Optional<Long> retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
