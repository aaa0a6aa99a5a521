package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.GetOrderUseCase.GetOrderQuery;
import com.ledgerport.application.port.in.GetOrderUseCase.OrderDetails;
import com.ledgerport.application.port.in.GetOrderUseCase;
import com.ledgerport.application.port.in.ListOrdersUseCase.ListOrdersQuery;
import com.ledgerport.application.port.in.ListOrdersUseCase;
import com.ledgerport.application.port.in.OrderFields;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 000's {@code account.orders.fetch} and {@code account.order.get} over the order use cases, with seed
 * 002's order shape (Ledgerport's orders are seed 002's: UUIDv7 ids, decimal strings, ISO 8601 times) and its
 * scopes ({@code orders.read_many}, {@code orders.read_one}). Another partner's order is not found.
 */
@Singleton
final class SocketOrders {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;
    static final int ORDER_ID_LENGTH_MAX = 64;

    private final ListOrdersUseCase listOrders;
    private final GetOrderUseCase getOrder;
    private final JsonMapper jsonMapper;

    SocketOrders(ListOrdersUseCase listOrders, GetOrderUseCase getOrder, JsonMapper jsonMapper) {
        this.listOrders = listOrders;
        this.getOrder = getOrder;
        this.jsonMapper = jsonMapper;
    }

    Map<String, Object> fetch(Principal principal, Payload payload, CallContext context) {
        SocketRequests.require(principal, Permission.ORDERS_READ_MANY);
        long perPage = payload.optionalLong("per_page").orElse((long) PER_PAGE_DEFAULT);
        if (perPage < 1 || perPage > PER_PAGE_MAX) {
            throw RequestError.invalid("per_page", "must be between 1 and " + PER_PAGE_MAX);
        }
        PageRequest page = new PageRequest(SocketViews.cursor(payload.optionalText("cursor", 128)), (int) perPage);
        OrderFilter filter = new OrderFilter(principal.partnerId(), status(payload),
                payload.optionalText("external_id", Order.EXTERNAL_ID_LENGTH_MAX), time(payload, "date_from"),
                time(payload, "date_to"));
        Page<Order> orders = listOrders.list(new ListOrdersQuery(filter, page, context));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", page.limit());
        meta.put("next_cursor", orders.nextAfter().map(SocketViews::cursor).orElse(null));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("items", orders.items().stream().map(this::summary).toList());
        view.put("meta", meta);
        return view;
    }

    Map<String, Object> get(Principal principal, Payload payload, CallContext context) {
        SocketRequests.require(principal, Permission.ORDERS_READ_ONE);
        String raw = payload.requiredText("order_id", ORDER_ID_LENGTH_MAX);
        Optional<OrderId> id;
        try {
            id = Optional.of(OrderId.parse(raw));
        } catch (InvalidValueException malformed) {
            id = Optional.empty();
        }
        OrderDetails details = id.flatMap(orderId -> getOrder.get(new GetOrderQuery(principal.partnerId(), orderId,
                context))).orElseThrow(() -> RequestError.notFound("Order '" + raw + "' not found"));
        Map<String, Object> view = summary(details.order());
        view.put("delivered_items", details.delivered().stream().map(SocketOrders::item).toList());
        return view;
    }

    private static Optional<OrderStatus> status(Payload payload) {
        Optional<String> text = payload.optionalText("status", 32);
        try {
            return text.map(OrderStatus::parse);
        } catch (InvalidValueException unknown) {
            throw RequestError.invalid("status", "must be one of created, processing, completed, cancelled, failed, "
                    + "partially_completed");
        }
    }

    private static Optional<Instant> time(Payload payload, String name) {
        try {
            return payload.optionalText(name, 64).map(text -> OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException malformed) {
            throw RequestError.invalid(name, "must be an ISO 8601 date-time with an offset, e.g. 2025-01-01T00:00:00Z");
        }
    }

    private Map<String, Object> summary(Order order) {
        Map<String, Object> view = OrderFields.of(order, SocketViews::iso);
        view.put("metadata", order.metadata().map(this::tree).orElse(null));
        return view;
    }

    private Object tree(String json) {
        try {
            return jsonMapper.readValue(json, Object.class);
        } catch (IOException stored) {
            return json; // stored as the partner sent it, which was JSON: not expected
        }
    }

    private static Map<String, Object> item(StockItem item) {
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
}
