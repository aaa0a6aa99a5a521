package com.ledgerport.domain.order;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * Seed 002's order statuses: {@code created → processing → completed | failed | partially_completed}, or
 * {@code cancelled} before processing. The last four are terminal.
 */
public enum OrderStatus {
    CREATED,
    PROCESSING,
    COMPLETED,
    FAILED,
    PARTIALLY_COMPLETED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this != CREATED && this != PROCESSING;
    }

    /** May an order in this status move to {@code next}? The whole state machine in one place. */
    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case CREATED -> next == PROCESSING || next == CANCELLED;
            case PROCESSING -> next == COMPLETED || next == FAILED || next == PARTIALLY_COMPLETED;
            case COMPLETED, FAILED, PARTIALLY_COMPLETED, CANCELLED -> false;
        };
    }

    public static OrderStatus parse(String text) {
        for (OrderStatus status : values()) {
            if (status.wireName().equals(text)) {
                return status;
            }
        }
        throw new InvalidValueException(
                "status must be one of created, processing, completed, cancelled, failed, partially_completed");
    }
}
