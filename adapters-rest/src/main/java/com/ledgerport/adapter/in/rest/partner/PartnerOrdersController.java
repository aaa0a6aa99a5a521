package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.OrderJson;
import com.ledgerport.adapter.in.rest.common.OrderRequests;
import com.ledgerport.adapter.in.rest.common.PrincipalModes;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.RequestSignatures;
import com.ledgerport.application.port.in.CancelOrderUseCase;
import com.ledgerport.application.port.in.CancelOrderUseCase.CancelOrderCommand;
import com.ledgerport.application.port.in.CancelOrderUseCase.Cancelled;
import com.ledgerport.application.port.in.CancelOrderUseCase.NotCancellable;
import com.ledgerport.application.port.in.CancelOrderUseCase.NotFound;
import com.ledgerport.application.port.in.CancelOrderUseCase.OrderCancellation;
import com.ledgerport.application.port.in.CreateOrderUseCase;
import com.ledgerport.application.port.in.CreateOrderUseCase.Created;
import com.ledgerport.application.port.in.CreateOrderUseCase.OrderCreation;
import com.ledgerport.application.port.in.CreateOrderUseCase.Rejected;
import com.ledgerport.application.port.in.CreateOrderUseCase.Replayed;
import com.ledgerport.application.port.in.CreateOrderUseCase.SignatureReplayed;
import com.ledgerport.application.port.in.GetOrderUseCase;
import com.ledgerport.application.port.in.GetOrderUseCase.GetOrderQuery;
import com.ledgerport.application.port.in.GetOrderUseCase.OrderDetails;
import com.ledgerport.application.port.in.ListOrdersUseCase;
import com.ledgerport.application.port.in.ListOrdersUseCase.ListOrdersQuery;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 002 orders. {@code POST /v1/partner/orders} (scope {@code orders.create_one}) must be signed: Bearer token,
 * then {@code X-Timestamp} and {@code X-Signature} over the exact body bytes received; 201 for a new order, 200
 * with {@code Idempotent-Replayed: true} for the same request under an external id already used.
 * {@code GET /v1/partner/orders} ({@code orders.read_many}; filters, cursor, per_page 1..100 default 50) and
 * {@code GET /v1/partner/orders/{uuid}} ({@code orders.read_one}); another partner's order is 404.
 */
@Controller("/v1/partner/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerOrdersController {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;

    private final PartnerAuth auth;
    private final RequestSignatures signatures;
    private final CreateOrderUseCase createOrder;
    private final CancelOrderUseCase cancelOrder;
    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;

    PartnerOrdersController(PartnerAuth auth, RequestSignatures signatures, CreateOrderUseCase createOrder,
            CancelOrderUseCase cancelOrder, GetOrderUseCase getOrder, ListOrdersUseCase listOrders) {
        this.cancelOrder = cancelOrder;
        this.auth = auth;
        this.signatures = signatures;
        this.createOrder = createOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Principal principal = auth.authenticate(request, Permission.ORDERS_CREATE_ONE);
        CallContext context = RequestIds.context(request, principal.actor());
        byte[] received = body == null ? new byte[0] : body;
        // The signature is remembered in the order's own transaction: one commit for both.
        OrderCreation creation = signatures.once(request, received, principal.partnerId(), context,
                receipt -> createOrder.create(OrderRequests.create(received, principal.partnerId(),
                        PrincipalModes.of(principal), context).signed(receipt)));
        if (creation instanceof SignatureReplayed) {
            throw RequestSignatures.replayed();
        }
        if (creation instanceof Rejected rejected) {
            throw OrderRequests.refused(rejected.reason());
        }
        boolean replayed = creation instanceof Replayed;
        Order order = replayed ? ((Replayed) creation).order() : ((Created) creation).order();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("message", replayed ? "Order already exists" : "Order created successfully");
        answer.put("data", OrderJson.summary(order));
        return HttpResponse.<Map<String, Object>>status(replayed ? HttpStatus.OK : HttpStatus.CREATED)
                .header(OrderRequests.REPLAYED_HEADER, Boolean.toString(replayed)).body(answer);
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage, @Nullable @QueryValue String status,
            @Nullable @QueryValue("external_id") String externalId, @Nullable @QueryValue("date_from") String from,
            @Nullable @QueryValue("date_to") String to) {
        Principal principal = auth.authenticate(request, Permission.ORDERS_READ_MANY);
        PageRequest page = Cursors.page(cursor, perPage, PER_PAGE_DEFAULT, PER_PAGE_MAX);
        OrderFilter filter = new OrderFilter(principal.partnerId(), status(status), externalId(externalId),
                time("date_from", from), time("date_to", to));
        Page<Order> orders = listOrders.list(new ListOrdersQuery(filter, page,
                RequestIds.context(request, principal.actor())));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", page.limit());
        meta.put("next_cursor", Cursors.encode(orders.nextAfter()).orElse(null));
        return PartnerViews.ok(orders.items().stream().map(OrderJson::summary).toList(), meta);
    }

    @Get("/{uuid}")
    Map<String, Object> get(HttpRequest<?> request, @PathVariable String uuid) {
        Principal principal = auth.authenticate(request, Permission.ORDERS_READ_ONE);
        OrderDetails details = parse(uuid).flatMap(id -> getOrder.get(new GetOrderQuery(principal.partnerId(), id,
                RequestIds.context(request, principal.actor())))).orElseThrow(() -> ApiException.notFound(
                        "Order not found"));
        return PartnerViews.ok(OrderJson.details(details.order(), details.delivered()));
    }

    /**
     * Ledgerport's addition to seed 002 (scope {@code orders.update_one}): cancels an order fulfilment has not
     * taken yet and releases its reservation. Again on a cancelled order: 200, nothing changes.
     */
    @Post("/{uuid}/cancel")
    Map<String, Object> cancel(HttpRequest<?> request, @PathVariable String uuid) {
        Principal principal = auth.authenticate(request, Permission.ORDERS_UPDATE_ONE);
        CallContext context = RequestIds.context(request, principal.actor());
        OrderCancellation outcome = parse(uuid).map(id -> cancelOrder.cancel(new CancelOrderCommand(
                principal.partnerId(), id, context))).orElseGet(NotFound::new);
        if (outcome instanceof NotCancellable refused) {
            throw new ApiException(ErrorCode.CONFLICT, Optional.of("order_not_cancellable"),
                    "Only a created order can be cancelled; this one is " + refused.status().wireName(),
                    Optional.empty());
        }
        if (!(outcome instanceof Cancelled cancelled)) {
            throw ApiException.notFound("Order not found");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("message", cancelled.now() ? "Order cancelled" : "Order already cancelled");
        answer.put("data", OrderJson.summary(cancelled.order()));
        return answer;
    }

    private static Optional<OrderId> parse(String uuid) {
        try {
            return Optional.of(OrderId.parse(uuid));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<OrderStatus> status(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.parse(text));
        } catch (InvalidValueException unknown) {
            throw ApiException.badField("status", "Parameter 'status' must be one of created, processing, "
                    + "completed, cancelled, failed, partially_completed");
        }
    }

    private static Optional<String> externalId(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > Order.EXTERNAL_ID_LENGTH_MAX) {
            throw ApiException.badField("external_id",
                    "Parameter 'external_id' must be at most " + Order.EXTERNAL_ID_LENGTH_MAX + " characters");
        }
        return Optional.of(text);
    }

    /** ISO 8601 with an offset ({@code 2025-01-01T00:00:00Z}). */
    static Optional<Instant> time(String name, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException malformed) {
            throw ApiException.badField(name, "Parameter '" + name + "' must be an ISO 8601 date-time with an "
                    + "offset, e.g. 2025-01-01T00:00:00Z");
        }
    }
}
