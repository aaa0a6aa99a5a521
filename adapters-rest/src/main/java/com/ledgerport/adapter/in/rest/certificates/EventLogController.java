package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.WebhookViews;
import com.ledgerport.application.port.in.ManageEventLogUseCase;
import com.ledgerport.application.port.in.ManageEventLogUseCase.EventQuery;
import com.ledgerport.application.port.in.ManageEventLogUseCase.ListEventsQuery;
import com.ledgerport.domain.event.EventId;
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
 * Seed 004 events: read many, read one (with every delivery and attempt), retry one; each checks the
 * {@code events} scope, for the company in the {@code company} header.
 */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
final class EventLogController {

    private final Credentials credentials;
    private final ManageEventLogUseCase manageEventLog;

    EventLogController(Credentials credentials, ManageEventLogUseCase manageEventLog) {
        this.credentials = credentials;
        this.manageEventLog = manageEventLog;
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        var requester = HooksController.requester(request, credentials);
        PageRequest page = Cursors.page(cursor, perPage, HooksController.PER_PAGE_DEFAULT,
                ManageEventLogUseCase.PER_PAGE_MAX);
        return WebhookViews.page(WebhookViews.unwrap(manageEventLog.list(new ListEventsQuery(requester,
                AccessTokenController.company(request), page.after().map(EventId::new), page.limit())), "url"),
                page.limit(), event -> event.id().toString(), WebhookViews::event);
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        return WebhookViews.detail(WebhookViews.unwrap(manageEventLog.get(query(request, id)), "url"));
    }

    @Post("/{id}/retry")
    Map<String, Object> retry(HttpRequest<?> request, String id) {
        return WebhookViews.detail(WebhookViews.unwrap(manageEventLog.retry(query(request, id)), "url"));
    }

    private EventQuery query(HttpRequest<?> request, String id) {
        return new EventQuery(HooksController.requester(request, credentials), AccessTokenController.company(request),
                WebhookViews.eventId(id));
    }
}
