package com.ledgerport.adapter.in.ws;

import io.micronaut.websocket.CloseReason;

/** The 4xxx close codes of the /ws protocol (docs/websocket.md). */
final class CloseCodes {

    static final CloseReason AUTH_TIMEOUT = new CloseReason(4001, "auth.login not received in time");
    static final CloseReason AUTH_FAILED = new CloseReason(4002, "authentication failed");
    static final CloseReason NOT_AUTHENTICATED = new CloseReason(4003, "first frame must be auth.login");
    static final CloseReason TOO_MANY_MALFORMED = new CloseReason(4004, "too many malformed frames");

    private CloseCodes() {
    }
}
