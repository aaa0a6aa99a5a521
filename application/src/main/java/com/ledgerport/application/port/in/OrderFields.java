package com.ledgerport.application.port.in;

import com.ledgerport.domain.order.Order;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An order's fields as plain values — money as decimal strings, ids as text — in the one shape every surface shows
 * (seed 002's order object): REST, WebSocket and the {@code order.status_changed} event. Each surface formats times
 * its own way and adds what only it shows (metadata, delivered items).
 */
public final class OrderFields {

    private OrderFields() {
    }

    public static Map<String, Object> of(Order order, Function<Instant, String> time) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku_id", order.item().skuId().toString());
        item.put("product_id", order.productId().toString());
        item.put("product_type", order.productType().wireName());
        item.put("quantity", order.item().quantity());
        item.put("delivered_quantity", order.deliveredQuantity());
        item.put("unit_price", order.unitPrice().toDecimalString());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("uuid", order.id().toString());
        fields.put("external_id", order.externalId());
        fields.put("status", order.status().wireName());
        fields.put("item", item);
        fields.put("total_amount", order.total().toDecimalString());
        fields.put("charged_amount", order.settlement().map(s -> s.posted().toDecimalString()).orElse(null));
        fields.put("currency", order.total().currency().code());
        fields.put("created_at", time.apply(order.createdAt()));
        fields.put("updated_at", time.apply(order.updatedAt()));
        return fields;
    }
}
