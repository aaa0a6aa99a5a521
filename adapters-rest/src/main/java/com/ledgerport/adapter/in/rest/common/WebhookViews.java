package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.ManageEventLogUseCase.EventDetail;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Done;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Outcome;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Refused;
import com.ledgerport.application.port.out.WebhookDeliveries.Attempt;
import com.ledgerport.application.port.out.WebhookDeliveries.DeliveryView;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Webhook endpoints, events and the event log as JSON, and their request fields, for every surface alike. */
public final class WebhookViews {

    public static final int EVENT_TYPES_MAX = 32;
    public static final int EVENT_TYPE_LENGTH_MAX = 64;

    private WebhookViews() {
    }

    /** A list of event type names; an unknown one is a 400 naming the field. */
    public static Optional<Set<EventType>> eventTypes(JsonBody json, String field) {
        Optional<List<String>> names = json.optionalTextList(field, EVENT_TYPES_MAX, EVENT_TYPE_LENGTH_MAX);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names.get()) {
            try {
                types.add(EventType.parse(name));
            } catch (InvalidValueException unknown) {
                throw ApiException.badField(field, "Field '" + field + "' names an unknown event type '" + name
                        + "'; known: "
                        + java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList());
            }
        }
        return Optional.of(types);
    }

    /** The fields of a registration: {@code {url, events?, description?}}. */
    public record Registration(String url, Set<EventType> events, String description) {

        public static Registration read(JsonBody json) {
            return new Registration(json.requiredText("url", WebhookEndpoint.URL_LENGTH_MAX),
                    eventTypes(json, "events").orElse(Set.of()),
                    json.optionalText("description", WebhookEndpoint.DESCRIPTION_LENGTH_MAX).orElse(""));
        }
    }

    /** The fields of an update, at least one of {@code url, description, events, enabled}. */
    public record Update(Optional<String> url, Optional<String> description, Optional<Set<EventType>> events,
            Optional<Boolean> enabled) {

        public static Update read(JsonBody json) {
            Optional<String> url = json.has("url")
                    ? Optional.of(json.requiredText("url", WebhookEndpoint.URL_LENGTH_MAX)) : Optional.empty();
            Update update = new Update(url, json.optionalText("description", WebhookEndpoint.DESCRIPTION_LENGTH_MAX),
                    eventTypes(json, "events"), json.optionalBoolean("enabled"));
            if (url.isEmpty() && update.description().isEmpty() && update.events().isEmpty()
                    && update.enabled().isEmpty()) {
                throw ApiException.badField("body", "Nothing to update: send url, description, events and/or enabled");
            }
            return update;
        }
    }

    /** An unparsable id names nothing: not found, like a foreign one. */
    public static WebhookEndpointId endpointId(String raw, String what) {
        try {
            return WebhookEndpointId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw ApiException.notFound(what + " not found");
        }
    }

    public static EventId eventId(String raw) {
        try {
            return EventId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw ApiException.notFound("Event not found");
        }
    }

    /** The value of a done outcome, or the surface's error for a refusal. */
    public static <T> T unwrap(Outcome<T> outcome, String urlField) {
        if (outcome instanceof Done<T> done) {
            return done.value();
        }
        Refused<T> refused = (Refused<T>) outcome;
        throw switch (refused.reason()) {
            case PARTNER_NOT_FOUND, NOT_FOUND -> ApiException.notFound(refused.message());
            case COMPANY_NOT_ALLOWED, NOT_ALLOWED -> ApiException.forbidden(refused.message());
            case URL_REFUSED -> ApiException.badField(urlField, "Field '" + urlField + "' is refused: "
                    + refused.message());
            case EVENT_TYPES_REFUSED -> ApiException.badField("events", refused.message());
            case TOO_MANY -> new ApiException(ErrorCode.CONFLICT, refused.message());
        };
    }

    public static Map<String, Object> endpoint(WebhookEndpoint endpoint) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", endpoint.id().toString());
        view.put("url", endpoint.url());
        view.put("description", endpoint.description());
        view.put("events", endpoint.eventTypes().stream().map(EventType::wireName).sorted().toList());
        view.put("enabled", endpoint.enabled());
        view.put("disabled_reason", endpoint.disabledReason().orElse(null));
        view.put("contract", endpoint.contract().name().toLowerCase(java.util.Locale.ROOT));
        view.put("created_at", Times.iso(endpoint.createdAt()));
        view.put("updated_at", Times.iso(endpoint.updatedAt()));
        return view;
    }

    public static Map<String, Object> event(Event event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", event.id().toString());
        view.put("event", event.type().wireName());
        view.put("topic", event.topic());
        view.put("object_id", event.objectId());
        view.put("sequence", event.sequence());
        view.put("occurred_at", Times.iso(event.occurredAt()));
        view.put("data", event.payload().fields());
        return view;
    }

    public static Map<String, Object> detail(EventDetail detail) {
        Map<String, Object> view = event(detail.event());
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (DeliveryView delivery : detail.deliveries()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("idempotency_key", delivery.id().toString());
            one.put("webhook_id", delivery.endpointId().toString());
            one.put("url", delivery.url());
            one.put("status", delivery.status().name().toLowerCase(java.util.Locale.ROOT));
            one.put("attempt_count", delivery.attempts());
            one.put("next_attempt_at", delivery.status().name().equals("PENDING")
                    ? Times.iso(delivery.nextAttemptAt()) : null);
            one.put("attempts", delivery.attemptLog().stream().map(WebhookViews::attempt).toList());
            deliveries.add(one);
        }
        view.put("deliveries", deliveries);
        return view;
    }

    private static Map<String, Object> attempt(Attempt attempt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("attempt", attempt.number());
        view.put("started_at", Times.iso(attempt.startedAt()));
        view.put("status_code", attempt.statusCode().orElse(null));
        view.put("latency_ms", attempt.latencyMs());
        view.put("error", attempt.error().orElse(null));
        view.put("node", attempt.node());
        return view;
    }

    /** {@code {data: [...], meta: {per_page, next_cursor}}}: a next cursor whenever the page is full. */
    public static <T> Map<String, Object> page(List<T> items, int perPage, Function<T, String> id,
            Function<T, Map<String, Object>> view) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", perPage);
        meta.put("next_cursor", items.size() == perPage && !items.isEmpty()
                ? Cursors.encode(java.util.UUID.fromString(id.apply(items.get(items.size() - 1)))) : null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", items.stream().map(view).toList());
        body.put("meta", meta);
        return body;
    }
}
