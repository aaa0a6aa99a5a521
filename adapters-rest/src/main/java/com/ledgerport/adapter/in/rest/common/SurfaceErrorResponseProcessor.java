package com.ledgerport.adapter.in.rest.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the framework's error bodies (unknown route, wrong method, unsupported media type, oversized body,
 * unexpected exception) with the envelope of the surface the request was aimed at. Server errors never show
 * their internal message to the caller; it goes to the log with the request id instead.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class SurfaceErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(SurfaceErrorResponseProcessor.class);

    private final ErrorEnvelopes envelopes;

    SurfaceErrorResponseProcessor(ErrorEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context,
            MutableHttpResponse<?> base) {
        int status = base.getStatus().getCode();
        ErrorCode code = ErrorCode.forStatus(status);
        String path = context.getRequest().getPath();
        String message = message(context, code, status);
        if (status >= 500) {
            context.getRootCause().ifPresent(cause -> LOG.error("request {} {} failed (request id {})",
                    context.getRequest().getMethod(), path, RequestIds.of(context.getRequest()), cause));
        }
        MutableHttpResponse<Map<String, Object>> rendered =
                envelopes.render(context.getRequest(), code, Optional.empty(), message, Optional.empty());
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            rendered.body(null);
        }
        // Keep the framework's status and headers (e.g. Allow on a 405); take our body.
        MutableHttpResponse<Map<String, Object>> response = (MutableHttpResponse<Map<String, Object>>) base;
        response.body(rendered.body()).contentType(rendered.getContentType().orElse(null));
        return response;
    }

    private static String message(ErrorContext context, ErrorCode code, int status) {
        if (status >= 500) {
            return "Internal server error; quote the X-Request-Id header when reporting it";
        }
        return switch (code) {
            case NOT_FOUND -> "No such resource: " + context.getRequest().getMethod() + " "
                    + context.getRequest().getPath();
            case METHOD_NOT_ALLOWED -> "Method " + context.getRequest().getMethod() + " is not allowed on "
                    + context.getRequest().getPath();
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type must be application/json";
            case PAYLOAD_TOO_LARGE -> "Request body is too large";
            default -> context.getErrors().stream().map(Error::getMessage).findFirst()
                    .orElse(base(status));
        };
    }

    private static String base(int status) {
        return "Request failed with status " + status;
    }
}
