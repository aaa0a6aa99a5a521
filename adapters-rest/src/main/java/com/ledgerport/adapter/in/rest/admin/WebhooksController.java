package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.WebhookViews;
import com.ledgerport.application.port.in.ManageEventLogUseCase;
import com.ledgerport.application.port.in.ManageEventLogUseCase.RecoverEndpointCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.ListWebhooksQuery;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.RegisterWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.UpdateWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.WebhookQuery;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Operator API: a partner's webhook endpoints (SPEC.md §6). {@code POST} with {@code {url, events?, description?}}
 * registers a seed 002 endpoint, whose deliveries are signed with the partner's signing secret; read, list,
 * {@code PATCH} (url, events, description, enabled), delete; {@code POST …/{webhookId}/recover} with
 * {@code {since}} queues again every failed delivery created since then.
 */
@Controller("/admin/v1/partners/{id}/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WebhooksController {

    private final ManageWebhookEndpointsUseCase manageEndpoints;
    private final ManageEventLogUseCase manageEventLog;

    WebhooksController(ManageWebhookEndpointsUseCase manageEndpoints, ManageEventLogUseCase manageEventLog) {
        this.manageEndpoints = manageEndpoints;
        this.manageEventLog = manageEventLog;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> register(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        WebhookViews.Registration registration = WebhookViews.Registration.read(JsonBody.parse(body));
        WebhookEndpoint endpoint = WebhookViews.unwrap(manageEndpoints.register(new RegisterWebhookCommand(
                requester(request), partnerId, WebhookContract.PARTNER_S2S, registration.url(),
                registration.description(), registration.events())), "url");
        return HttpResponse.created(WebhookViews.endpoint(endpoint));
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, String id, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        return WebhookViews.page(WebhookViews.unwrap(manageEndpoints.list(new ListWebhooksQuery(requester(request),
                partnerId, page.after().map(WebhookEndpointId::new), page.limit())), "url"), page.limit(),
                endpoint -> endpoint.id().toString(), WebhookViews::endpoint);
    }

    @Get("/{webhookId}")
    Map<String, Object> get(HttpRequest<?> request, String id, String webhookId) {
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.get(query(request, id, webhookId)), "url"));
    }

    @Patch("/{webhookId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> update(HttpRequest<?> request, String id, String webhookId, @Nullable @Body byte[] body) {
        WebhookQuery target = query(request, id, webhookId);
        WebhookViews.Update update = WebhookViews.Update.read(JsonBody.parse(body));
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.update(new UpdateWebhookCommand(
                target.requester(), target.partnerId(), target.id(), update.url(), update.description(),
                update.events(), update.enabled())), "url"));
    }

    @Delete("/{webhookId}")
    Map<String, Object> delete(HttpRequest<?> request, String id, String webhookId) {
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.delete(query(request, id, webhookId)),
                "url"));
    }

    @Post("/{webhookId}/recover")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> recover(HttpRequest<?> request, String id, String webhookId, @Nullable @Body byte[] body) {
        WebhookQuery target = query(request, id, webhookId);
        JsonBody json = JsonBody.parse(body);
        Instant since = since(json.requiredText("since", 40));
        int queued = WebhookViews.unwrap(manageEventLog.recover(new RecoverEndpointCommand(target.requester(),
                target.partnerId(), target.id(), since)), "url");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("queued", queued);
        return view;
    }

    static Instant since(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException malformed) {
            throw ApiException.badField("since", "Field 'since' must be an ISO 8601 time such as 2026-01-15T12:00:00Z");
        }
    }

    private static WebhookQuery query(HttpRequest<?> request, String id, String webhookId) {
        return new WebhookQuery(requester(request), AdminRequests.partnerId(id),
                WebhookViews.endpointId(webhookId, "Webhook"));
    }

    static Requester requester(HttpRequest<?> request) {
        return Requester.trusted(AdminRequests.operator(request));
    }
}
