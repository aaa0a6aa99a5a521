package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.application.port.in.ListAuditRecordsUseCase;
import com.ledgerport.application.port.in.ListAuditRecordsUseCase.ListAuditRecordsQuery;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Operator API: the audit log, filtered and paged by cursor. */
@Controller("/admin/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuditController {

    private final ListAuditRecordsUseCase listAuditRecords;

    AuditController(ListAuditRecordsUseCase listAuditRecords) {
        this.listAuditRecords = listAuditRecords;
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request,
            @Nullable @QueryValue("partner_id") String partnerId,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        AuditLog.Filter filter = new AuditLog.Filter(
                blank(partnerId) ? Optional.empty() : Optional.of(partner(partnerId)),
                blank(action) ? Optional.empty() : Optional.of(action(action)),
                blank(from) ? Optional.empty() : Optional.of(instant("from", from)),
                blank(to) ? Optional.empty() : Optional.of(instant("to", to)));
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        Page<AuditRecord> records = listAuditRecords.list(
                new ListAuditRecordsQuery(filter, page, AdminRequests.operator(request)));
        return AdminViews.page(records, page.limit(), AdminViews::auditRecord);
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private static PartnerId partner(String raw) {
        try {
            return PartnerId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw ApiException.badField("partner_id", "Parameter 'partner_id' must be a partner id (UUID)");
        }
    }

    private static String action(String raw) {
        if (raw.length() > AuditRecord.ACTION_LENGTH_MAX) {
            throw ApiException.badField("action", "Parameter 'action' is too long");
        }
        return raw;
    }

    private static Instant instant(String name, String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException malformed) {
            throw ApiException.badField(name,
                    "Parameter '" + name + "' must be an ISO 8601 date-time with offset, e.g. 2026-01-31T00:00:00Z");
        }
    }
}
