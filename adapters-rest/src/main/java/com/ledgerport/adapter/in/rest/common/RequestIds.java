package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import io.micronaut.http.HttpRequest;
import java.util.regex.Pattern;

/** The request id of a request: the client's {@code X-Request-Id} when it is sane, else one we made. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "ledgerport.request-id";
    private static final int LENGTH_MAX = 128;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1," + LENGTH_MAX + "}");

    private RequestIds() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("");
    }

    public static CallContext context(HttpRequest<?> request, Actor actor) {
        return new CallContext(actor, of(request));
    }

    static boolean isSane(String clientValue) {
        return clientValue != null && SANE.matcher(clientValue).matches();
    }
}
