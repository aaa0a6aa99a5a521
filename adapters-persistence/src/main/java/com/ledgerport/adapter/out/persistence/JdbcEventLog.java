package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.EventLog;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
final class JdbcEventLog implements EventLog {

    /** Below every UUIDv7: the start of a keyset page. */
    static final UUID NO_ID = new UUID(0, 0);
    static final String COLUMNS = "o.id, o.partner_id, o.mode, o.type, o.object_id, o.sequence, o.payload, "
            + "o.occurred_at";

    private final Jdbc jdbc;

    JdbcEventLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Event> find(PartnerId partnerId, EventId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM outbox_event o WHERE o.id = ? AND o.partner_id = ?",
                p -> p.uuid(id.value()).uuid(partnerId.value()), JdbcEventLog::map);
    }

    @Override
    public List<Event> list(PartnerId partnerId, Optional<EventId> after, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox_event o WHERE o.partner_id = ? AND o.id > ? "
                + "ORDER BY o.id LIMIT ?", p -> p.uuid(partnerId.value())
                .uuid(after.map(EventId::value).orElse(NO_ID)).integer(limit), JdbcEventLog::map);
    }

    static Event map(Row row) throws SQLException {
        return new Event(new EventId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                Mode.valueOf(row.text("mode")), EventType.parse(row.text("type")), row.text("object_id"),
                row.bigint("sequence"), PayloadJson.read(row.text("payload")), row.instant("occurred_at"));
    }
}
