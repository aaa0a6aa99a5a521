package com.ledgerport.adapter.in.ws;

import io.micronaut.websocket.CloseReason;

/** The close codes of the /ws protocol (docs/websocket.md). */
final class CloseCodes {

    static final CloseReason AUTH_TIMEOUT = new CloseReason(4001, "auth.login not received in time");
    static final CloseReason AUTH_FAILED = new CloseReason(4002, "authentication failed");
    static final CloseReason NOT_AUTHENTICATED = new CloseReason(4003, "first frame must be auth.login");
    static final CloseReason TOO_MANY_MALFORMED = new CloseReason(4004, "too many malformed frames");
    static final CloseReason CREDENTIAL_REVOKED = new CloseReason(4005, "credential revoked or expired");
    static final CloseReason RATE_EXCEEDED = new CloseReason(4007, "message rate exceeded");
    static final CloseReason SLOW_CONSUMER = new CloseReason(4008, "send buffer full: slow consumer");
    static final CloseReason IDLE = new CloseReason(4009, "idle timeout");
    /** RFC 6455's own code for a message larger than the endpoint accepts. */
    static final CloseReason TOO_BIG = new CloseReason(1009, "frame too large");

    private CloseCodes() {
    }
}
