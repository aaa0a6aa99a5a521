package com.ledgerport.domain.audit;

import com.ledgerport.domain.shared.Require;

/** Who is calling and under which request id: every command carries it so the audit record can name both. */
public record CallContext(Actor actor, String requestId) {

    public static final int REQUEST_ID_LENGTH_MAX = 128;

    public CallContext {
        Require.present(actor, "actor");
        Require.present(requestId, "request id");
        Require.that(requestId.length() <= REQUEST_ID_LENGTH_MAX, "request id is too long");
    }
}
