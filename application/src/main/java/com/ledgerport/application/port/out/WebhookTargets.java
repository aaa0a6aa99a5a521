package com.ledgerport.application.port.out;

/**
 * Decides whether a URL may receive webhook deliveries: a well-formed http(s) URL whose host does not resolve
 * to a loopback, link-local, private or otherwise internal address (unless the operator allows those).
 * Checked when an endpoint is registered and again before each delivery, since DNS answers change.
 */
public interface WebhookTargets {

    int URL_LENGTH_MAX = 2048;

    Verdict check(String url);

    sealed interface Verdict permits Allowed, Refused {
    }

    record Allowed(String normalisedUrl) implements Verdict {
    }

    /** In order of precedence. */
    record Refused(Reason reason, String detail) implements Verdict {
    }

    enum Reason {
        MALFORMED,
        UNSUPPORTED_SCHEME,
        UNRESOLVABLE_HOST,
        PRIVATE_TARGET
    }
}
