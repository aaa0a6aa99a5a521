package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.InvalidValueException;

/**
 * Every state change that a seed lists as an event (SPEC.md §2.12), with the name webhooks carry and the
 * resource and action of its seed-004 style topic {@code company/<partner>/<mode>/<resource>/<action>}.
 */
public enum EventType {
    /** Seed 002: an order reached completed, failed or partially_completed. */
    ORDER_STATUS_CHANGED("order.status_changed", "orders", "update_one"),
    /** Seed 003: a wallet transaction settled. */
    TRANSACTION_COMPLETED("transaction_completed", "wallet", "update_one"),
    /** Seed 003: a wallet transaction failed and its funds went to the reversal account. */
    TRANSACTION_FAILED("transaction_failed", "wallet", "update_one"),
    /** Seed 004: access tokens. */
    ACCESS_TOKEN_CREATED("access_token.create_one", "access_token", "create_one"),
    ACCESS_TOKEN_UPDATED("access_token.update_one", "access_token", "update_one"),
    /** Seed 004: webhook endpoints ("hooks"). */
    HOOK_CREATED("hooks.create_one", "hooks", "create_one"),
    HOOK_UPDATED("hooks.update_one", "hooks", "update_one"),
    HOOK_DELETED("hooks.delete_one", "hooks", "delete_one"),
    /** Ledgerport: an endpoint was disabled after failing for too long (or answering 410). */
    WEBHOOK_ENDPOINT_DISABLED("webhook.endpoint_disabled", "hooks", "update_one");

    private final String wireName;
    private final String resource;
    private final String action;

    EventType(String wireName, String resource, String action) {
        this.wireName = wireName;
        this.resource = resource;
        this.action = action;
    }

    public String wireName() {
        return wireName;
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
    }

    public static EventType parse(String wireName) {
        for (EventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new InvalidValueException("unknown event type '" + wireName + "'");
    }
}
