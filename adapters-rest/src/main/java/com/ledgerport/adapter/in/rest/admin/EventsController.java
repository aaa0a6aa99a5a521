package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.WebhookViews;
import com.ledgerport.application.port.in.ManageEventLogUseCase;
import com.ledgerport.application.port.in.ManageEventLogUseCase.EventQuery;
import com.ledgerport.application.port.in.ManageEventLogUseCase.ListEventsQuery;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * Operator API: a partner's event log. List its events, read one with every delivery and attempt (status code,
 * latency, error), retry one (each endpoint gets it again with the same idempotency key).
 */
@Controller("/admin/v1/partners/{id}/events")
@ExecuteOn(TaskExecutors.BLOCKING)
final class EventsController {

    private final ManageEventLogUseCase manageEventLog;

    EventsController(ManageEventLogUseCase manageEventLog) {
        this.manageEventLog = manageEventLog;
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, String id, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        return WebhookViews.page(WebhookViews.unwrap(manageEventLog.list(new ListEventsQuery(
                WebhooksController.requester(request), partnerId, page.after().map(EventId::new), page.limit())),
                "url"), page.limit(), event -> event.id().toString(), WebhookViews::event);
    }

    @Get("/{eventId}")
    Map<String, Object> get(HttpRequest<?> request, String id, String eventId) {
        return WebhookViews.detail(WebhookViews.unwrap(manageEventLog.get(query(request, id, eventId)), "url"));
    }

    @Post("/{eventId}/retry")
    Map<String, Object> retry(HttpRequest<?> request, String id, String eventId) {
        return WebhookViews.detail(WebhookViews.unwrap(manageEventLog.retry(query(request, id, eventId)), "url"));
    }

    private static EventQuery query(HttpRequest<?> request, String id, String eventId) {
        return new EventQuery(WebhooksController.requester(request), AdminRequests.partnerId(id),
                WebhookViews.eventId(eventId));
    }
}
