package com.ledgerport.adapter.in.rest.common;

import io.micronaut.http.HttpRequest;

/**
 * Seed 003 echoes the request's {@code uuid} and {@code signed_uuid} in every answer, errors included. A
 * wallet controller remembers them on the request as soon as it has read the body, so that any failure after
 * that point — its own, the domain's or the framework's — carries them in the envelope.
 */
public record WalletEcho(String uuid, String signedUuid) {

    /** Longer values are not echoed (an 8192-bit signature is 1368 base64 characters). */
    public static final int ECHO_LENGTH_MAX = 2048;
    static final String ATTRIBUTE = "ledgerport.wallet-echo";
    static final WalletEcho NONE = new WalletEcho("", "");

    public WalletEcho {
        uuid = bounded(uuid);
        signedUuid = bounded(signedUuid);
    }

    public static void remember(HttpRequest<?> request, String uuid, String signedUuid) {
        request.setAttribute(ATTRIBUTE, new WalletEcho(uuid, signedUuid));
    }

    /** What the request remembered; empty strings when it remembered nothing. */
    public static WalletEcho of(HttpRequest<?> request) {
        return request == null ? NONE : request.getAttribute(ATTRIBUTE, WalletEcho.class).orElse(NONE);
    }

    private static String bounded(String value) {
        return value == null || value.length() > ECHO_LENGTH_MAX ? "" : value;
    }
}
