package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.GetEsimUseCase.EsimDetails;
import com.ledgerport.application.port.in.OrderFields;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.order.Order;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order as seeds 002 and 001 show it: money as decimal strings in the order's currency, times as ISO 8601
 * (UTC, milliseconds), the partner's metadata as it sent it, and — once delivered, for the owning partner only —
 * the voucher codes or eSIM profiles sold to it.
 */
public final class OrderJson {

    private OrderJson() {
    }

    /** The order without what was delivered (listings, webhooks). */
    public static Map<String, Object> summary(Order order) {
        Map<String, Object> view = OrderFields.of(order, Times::iso);
        view.put("metadata", order.metadata().map(JsonBody::tree).orElse(null));
        return view;
    }

    /** The order with the items delivered to it. */
    public static Map<String, Object> details(Order order, List<StockItem> delivered) {
        Map<String, Object> view = summary(order);
        view.put("delivered_items", delivered.stream().map(OrderJson::item).toList());
        return view;
    }

    public static Map<String, Object> item(StockItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (item instanceof StockItem.EsimProfile esim) {
            view.put("type", "esim");
            view.put("iccid", esim.iccid());
            view.put("activation_code", esim.activationCode());
        } else {
            view.put("type", "voucher_code");
            view.put("code", ((StockItem.VoucherCode) item).code());
        }
        return view;
    }

    /**
     * Seed 002's eSIM status. The eSIM's network state and remaining data belong to its operator, which is not
     * integrated: status says it was issued to the partner, data_balance is null until an operator adapter exists.
     */
    public static Map<String, Object> esim(EsimDetails esim) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("activation_code", esim.profile().activationCode());
        details.put("order_uuid", esim.order().id().toString());
        details.put("external_id", esim.order().externalId());
        details.put("product_id", esim.order().productId().toString());
        details.put("sku_id", esim.order().item().skuId().toString());
        details.put("purchased_at", Times.iso(esim.order().updatedAt()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iccid", esim.profile().iccid());
        view.put("status", "issued");
        view.put("data_balance", null);
        view.put("details", details);
        return view;
    }
}
