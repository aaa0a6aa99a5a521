package com.ledgerport.domain.event;

import java.util.Set;

/**
 * Which seed's wire contract an endpoint was registered through, which decides the body it receives: seed 002
 * (operator-registered, {@code {event, timestamp, idempotency_key, data}}), seed 003
 * ({@code /api/v1/webhooks/register}, {@code {transaction_id, status, message, updated_at, uuid, signed_uuid}}) or
 * seed 004 ({@code /api/hooks}, the 002 envelope plus the topic). Every delivery carries the same signature headers.
 */
public enum WebhookContract {
    PARTNER_S2S,
    WALLET,
    HOOKS;

    /** The event types an endpoint of this contract may receive; empty means every type. */
    public Set<EventType> restrictedTo() {
        return this == WALLET ? Set.of(EventType.TRANSACTION_COMPLETED, EventType.TRANSACTION_FAILED) : Set.of();
    }
}
