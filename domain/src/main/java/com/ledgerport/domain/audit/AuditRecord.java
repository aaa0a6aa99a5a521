package com.ledgerport.domain.audit;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One append-only line of the audit log: who did what to which target for which partner, and how it ended.
 *
 * @param outcome {@code succeeded}, or {@code rejected:<reason>}
 */
public record AuditRecord(
        AuditRecordId id,
        Instant at,
        Actor actor,
        Optional<PartnerId> partnerId,
        String action,
        String target,
        String outcome,
        String requestId) {

    public static final int ACTION_LENGTH_MAX = 64;
    public static final int TARGET_LENGTH_MAX = 128;
    public static final int OUTCOME_LENGTH_MAX = 128;
    public static final String SUCCEEDED = "succeeded";

    public AuditRecord {
        Require.present(id, "id");
        Require.present(at, "at");
        Require.present(actor, "actor");
        Require.present(partnerId, "partner id");
        Require.text(action, "action", ACTION_LENGTH_MAX);
        Require.present(target, "target");
        Require.that(target.length() <= TARGET_LENGTH_MAX, "target is too long");
        Require.text(outcome, "outcome", OUTCOME_LENGTH_MAX);
        Require.present(requestId, "request id");
    }

    public static AuditRecord of(CallContext context, Instant at, Optional<PartnerId> partnerId, String action,
            String target, String outcome) {
        return new AuditRecord(AuditRecordId.generate(), at, context.actor(), partnerId, action, target, outcome,
                context.requestId());
    }

    public static String rejected(String reason) {
        return "rejected:" + reason;
    }
}
