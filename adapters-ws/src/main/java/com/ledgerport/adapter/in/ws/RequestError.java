package com.ledgerport.adapter.in.ws;

/** A request refused with {@code <type>.error {code, message}}; the socket stays open. */
final class RequestError extends RuntimeException {

    private final String code;

    RequestError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    static RequestError invalid(String field, String message) {
        return new RequestError("invalid_request", "payload." + field + ": " + message);
    }

    static RequestError forbidden(String message) {
        return new RequestError("forbidden", message);
    }

    static RequestError notFound(String message) {
        return new RequestError("not_found", message);
    }
}
