package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.OrderJson;
import com.ledgerport.adapter.in.rest.common.OrderRequests;
import com.ledgerport.adapter.in.rest.common.PrincipalModes;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.CreateOrderUseCase;
import com.ledgerport.application.port.in.CreateOrderUseCase.Created;
import com.ledgerport.application.port.in.CreateOrderUseCase.OrderCreation;
import com.ledgerport.application.port.in.CreateOrderUseCase.Rejected;
import com.ledgerport.application.port.in.CreateOrderUseCase.Replayed;
import com.ledgerport.application.port.in.GetOrderUseCase;
import com.ledgerport.application.port.in.GetOrderUseCase.GetOrderQuery;
import com.ledgerport.application.port.in.ListOrdersUseCase;
import com.ledgerport.application.port.in.ListOrdersUseCase.ListOrdersQuery;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 001 Reseller API orders, on the partner JWT from {@code /Token/Generate} (a token without the scope is 403):
 * {@code POST /Orders/Create} takes the same request as seed 002's order (no signature: the JWT is the credential)
 * and {@code POST /Orders/Get} takes {@code {"uuid"}} or {@code {"external_id"}}. Answers in 001's envelope.
 */
@Controller("/Orders")
@ExecuteOn(TaskExecutors.BLOCKING)
final class OrdersController {

    private final PlatformAuth auth;
    private final CreateOrderUseCase createOrder;
    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;

    OrdersController(PlatformAuth auth, CreateOrderUseCase createOrder, GetOrderUseCase getOrder,
            ListOrdersUseCase listOrders) {
        this.auth = auth;
        this.createOrder = createOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
    }

    @Post("/Create")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Principal principal = auth.token(request, PartnerSurface.RESELLER, Permission.ORDERS_CREATE_ONE);
        CallContext context = RequestIds.context(request, principal.actor());
        OrderCreation creation = createOrder.create(OrderRequests.create(body, principal.partnerId(), PrincipalModes.of(principal),
                context));
        if (creation instanceof Rejected rejected) {
            throw OrderRequests.refusedOnPlatform(rejected.reason());
        }
        boolean replayed = creation instanceof Replayed;
        Order order = replayed ? ((Replayed) creation).order() : ((Created) creation).order();
        return HttpResponse.ok(PlatformViews.ok(OrderJson.summary(order)))
                .header(OrderRequests.REPLAYED_HEADER, Boolean.toString(replayed));
    }

    @Post("/Get")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> get(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Principal principal = auth.token(request, PartnerSurface.RESELLER, Permission.ORDERS_READ_ONE);
        CallContext context = RequestIds.context(request, principal.actor());
        JsonBody json = JsonBody.parse(body);
        Optional<String> uuid = json.optionalText("uuid", 64);
        Optional<String> externalId = json.optionalText("external_id", Order.EXTERNAL_ID_LENGTH_MAX);
        if (uuid.isEmpty() == externalId.isEmpty()) {
            throw ApiException.badField("uuid", "Send exactly one of 'uuid' and 'external_id'");
        }
        Optional<OrderId> id = uuid.isPresent() ? parse(uuid.get()) : listOrders.list(new ListOrdersQuery(
                new OrderFilter(principal.partnerId(), Optional.empty(), externalId, Optional.empty(),
                        Optional.empty()), PageRequest.first(1), context)).items().stream().findFirst().map(Order::id);
        return id.flatMap(found -> getOrder.get(new GetOrderQuery(principal.partnerId(), found, context)))
                .map(details -> PlatformViews.ok(OrderJson.details(details.order(), details.delivered())))
                .orElseThrow(() -> ApiException.notFound("Order not found"));
    }

    private static Optional<OrderId> parse(String uuid) {
        try {
            return Optional.of(OrderId.parse(uuid));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }
}
