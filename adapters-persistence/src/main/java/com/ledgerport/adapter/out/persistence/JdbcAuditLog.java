package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.AuditRecordId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

@Singleton
final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS =
            "id, occurred_at, actor, partner_id, action, target, outcome, request_id";

    private final Jdbc jdbc;

    JdbcAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Also used by the ledger journal, which writes a posting's audit records with the posting. */
    static final String INSERT = "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void append(AuditRecord record) {
        jdbc.update(INSERT, p -> bind(p, record));
    }

    static void bind(Params params, AuditRecord record) throws SQLException {
        params.uuid(record.id().value())
                .instant(record.at())
                .text(record.actor().describe())
                .optionalUuid(record.partnerId().map(PartnerId::value))
                .text(record.action())
                .text(record.target())
                .text(record.outcome())
                .text(record.requestId());
    }

    @Override
    public Page<AuditRecord> page(Filter filter, PageRequest request) {
        // Only fixed condition fragments are concatenated; every value is a bound parameter.
        List<String> conditions = new ArrayList<>();
        List<Jdbc.Binder> binders = new ArrayList<>();
        request.after().ifPresent(after -> add(conditions, binders, "id > ?", p -> p.uuid(after)));
        filter.partnerId().ifPresent(id -> add(conditions, binders, "partner_id = ?", p -> p.uuid(id.value())));
        filter.action().ifPresent(action -> add(conditions, binders, "action = ?", p -> p.text(action)));
        filter.from().ifPresent(from -> add(conditions, binders, "occurred_at >= ?", p -> p.instant(from)));
        filter.to().ifPresent(to -> add(conditions, binders, "occurred_at < ?", p -> p.instant(to)));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<AuditRecord> rows = jdbc.list("SELECT " + COLUMNS + " FROM audit_record" + where + " ORDER BY id LIMIT ?",
                p -> {
                    for (Jdbc.Binder binder : binders) {
                        binder.bind(p);
                    }
                    p.integer(request.limit() + 1);
                }, JdbcAuditLog::map);
        return Page.fromOverfetch(rows, request.limit(), record -> record.id().value());
    }

    private static void add(List<String> conditions, List<Jdbc.Binder> binders, String condition,
            Jdbc.Binder binder) {
        conditions.add(condition);
        binders.add(binder);
    }

    private static AuditRecord map(Row row) throws SQLException {
        return new AuditRecord(new AuditRecordId(row.uuid("id")), row.instant("occurred_at"),
                Actor.parse(row.text("actor")), row.optionalUuid("partner_id").map(PartnerId::new),
                row.text("action"), row.text("target"), row.text("outcome"), row.text("request_id"));
    }
}
