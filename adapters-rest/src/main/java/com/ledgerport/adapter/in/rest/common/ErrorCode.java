package com.ledgerport.adapter.in.rest.common;

import io.micronaut.http.HttpStatus;

/**
 * The generic error kinds every surface can answer; each surface's envelope names them in its own words
 * (see {@link ErrorEnvelopes}).
 */
public enum ErrorCode {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad_request"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not_found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed"),
    CONFLICT(HttpStatus.CONFLICT, "conflict"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate_limited"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable");

    private final HttpStatus status;
    private final String wireName;

    ErrorCode(HttpStatus status, String wireName) {
        this.status = status;
        this.wireName = wireName;
    }

    public HttpStatus status() {
        return status;
    }

    public String wireName() {
        return wireName;
    }

    /** The generic kind for a status produced by the framework (unknown route, wrong method, …). */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.status.getCode() == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
