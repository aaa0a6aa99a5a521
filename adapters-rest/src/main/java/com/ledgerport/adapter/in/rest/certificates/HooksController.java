package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.WebhookViews;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.ListWebhooksQuery;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.RegisterWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.UpdateWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.WebhookQuery;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 004 hooks: create {@code {url, events?, description?}}, read one, read many, update (url, events,
 * description, enabled), delete; each checks the {@code hooks} scope, for the company in the {@code company}
 * header. Deliveries carry the event envelope with its seed 004 topic.
 */
@Controller("/api/hooks")
@ExecuteOn(TaskExecutors.BLOCKING)
final class HooksController {

    static final int PER_PAGE_DEFAULT = 50;

    private final Credentials credentials;
    private final ManageWebhookEndpointsUseCase manageEndpoints;

    HooksController(Credentials credentials, ManageWebhookEndpointsUseCase manageEndpoints) {
        this.credentials = credentials;
        this.manageEndpoints = manageEndpoints;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Requester requester = requester(request, credentials);
        WebhookViews.Registration registration = WebhookViews.Registration.read(JsonBody.parse(body));
        return HttpResponse.created(WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.register(
                new RegisterWebhookCommand(requester, AccessTokenController.company(request), WebhookContract.HOOKS,
                        registration.url(), registration.description(), registration.events())), "url")));
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        Requester requester = requester(request, credentials);
        PageRequest page = Cursors.page(cursor, perPage, PER_PAGE_DEFAULT,
                ManageWebhookEndpointsUseCase.PER_PAGE_MAX);
        return WebhookViews.page(WebhookViews.unwrap(manageEndpoints.list(new ListWebhooksQuery(requester,
                AccessTokenController.company(request), page.after().map(WebhookEndpointId::new), page.limit())),
                "url"), page.limit(), endpoint -> endpoint.id().toString(), WebhookViews::endpoint);
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.get(query(request, id)), "url"));
    }

    @Patch("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> patch(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        return update(request, id, body);
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> put(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        return update(request, id, body);
    }

    @Delete("/{id}")
    Map<String, Object> delete(HttpRequest<?> request, String id) {
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.delete(query(request, id)), "url"));
    }

    private Map<String, Object> update(HttpRequest<?> request, String id, byte[] body) {
        WebhookQuery target = query(request, id);
        WebhookViews.Update update = WebhookViews.Update.read(JsonBody.parse(body));
        return WebhookViews.endpoint(WebhookViews.unwrap(manageEndpoints.update(new UpdateWebhookCommand(
                target.requester(), target.partnerId(), target.id(), update.url(), update.description(),
                update.events(), update.enabled())), "url"));
    }

    private WebhookQuery query(HttpRequest<?> request, String id) {
        Requester requester = requester(request, credentials);
        return new WebhookQuery(requester, AccessTokenController.company(request),
                WebhookViews.endpointId(id, "Hook"));
    }

    /** A member's session or an access token, as for /api/accesstoken; the scopes are checked by the use case. */
    static Requester requester(HttpRequest<?> request, Credentials credentials) {
        Principal caller = credentials.bearer(request, AccessTokenController.CALLERS, Optional.empty(),
                Optional.empty());
        return Requester.of(caller, RequestIds.context(request, caller.actor()));
    }
}
