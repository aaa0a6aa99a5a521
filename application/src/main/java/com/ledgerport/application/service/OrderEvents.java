package com.ledgerport.application.service;

import com.ledgerport.application.port.in.OrderFields;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code order.status_changed} event (seed 002's webhook) an order writes when it reaches completed, failed or
 * partially_completed. Its data is the order as {@code GET /v1/partner/orders/{uuid}} shows it, without the
 * delivered codes: secrets never travel in events, the partner reads them from the order.
 */
final class OrderEvents {

    private OrderEvents() {
    }

    static boolean announces(OrderStatus status) {
        return status == OrderStatus.COMPLETED || status == OrderStatus.FAILED
                || status == OrderStatus.PARTIALLY_COMPLETED;
    }

    static Outbox.NewEvent statusChanged(Order order, OrderStatus previous, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>(fields(order));
        data.put("previous_status", previous.wireName());
        return new Outbox.NewEvent(order.partnerId(), order.mode(), EventType.ORDER_STATUS_CHANGED,
                order.id().toString(), EventPayload.of(data), now);
    }

    /** An order's fields as plain values (money as decimal strings, times as ISO 8601). */
    static Map<String, Object> fields(Order order) {
        return OrderFields.of(order, Instant::toString);
    }
}
