package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.EventFeed;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as a stream ordered by {@code (stream_tx, stream_position)}. On PostgreSQL only rows whose
 * transaction id is below the oldest running transaction ({@code pg_snapshot_xmin} of the statement's own
 * snapshot) are read: all of those have committed or rolled back, and any transaction that could still
 * commit an event has a larger id, so it lands after the cursor. On H2 the same holds for positions below
 * {@link H2StreamHorizon#safeBelow()}.
 */
@Singleton
final class JdbcEventFeed implements EventFeed {

    private static final String COLUMNS = "id, partner_id, mode, type, object_id, sequence, payload, occurred_at, "
            + "stream_tx, stream_position";
    private static final String PG_HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final Jdbc jdbc;
    private final LedgerDialect dialect;
    private final H2StreamHorizon h2Horizon;

    JdbcEventFeed(Jdbc jdbc, LedgerDialect dialect, H2StreamHorizon h2Horizon) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.h2Horizon = h2Horizon;
    }

    private boolean postgres() {
        return dialect.engine() == LedgerDialect.Engine.POSTGRESQL;
    }

    @Override
    public EventCursor head() {
        if (postgres()) {
            long horizon = jdbc.one("SELECT " + PG_HORIZON + " AS horizon", Jdbc.none(), row -> row.bigint("horizon"))
                    .orElseThrow();
            return new EventCursor(horizon - 1, Long.MAX_VALUE);
        }
        long below = h2Horizon.safeBelow();
        long last = jdbc.one("SELECT COALESCE(MAX(stream_position), 0) AS last FROM outbox_event "
                + "WHERE stream_position < ?", p -> p.bigint(below), row -> row.bigint("last")).orElse(0L);
        return new EventCursor(0, last);
    }

    @Override
    public List<CommittedEvent> after(EventCursor cursor, int limit) {
        return read("", cursor, limit, null, null);
    }

    @Override
    public List<CommittedEvent> replay(PartnerId partnerId, EventCursor cursor, Instant notBefore, int limit) {
        return read("partner_id = ? AND occurred_at >= ? AND ", cursor, limit, partnerId, notBefore);
    }

    private List<CommittedEvent> read(String partnerCondition, EventCursor cursor, int limit, PartnerId partnerId,
            Instant notBefore) {
        boolean postgres = postgres();
        long h2Below = postgres ? 0 : h2Horizon.safeBelow();
        String horizon = postgres ? "stream_tx < " + PG_HORIZON : "stream_position < ?";
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox_event WHERE " + partnerCondition
                + "(stream_tx, stream_position) > (?, ?) AND " + horizon
                + " ORDER BY stream_tx, stream_position LIMIT ?", p -> {
                    if (partnerId != null) {
                        p.uuid(partnerId.value()).instant(notBefore);
                    }
                    p.bigint(cursor.transaction()).bigint(cursor.position());
                    if (!postgres) {
                        p.bigint(h2Below);
                    }
                    p.integer(limit);
                }, JdbcEventFeed::map);
    }

    private static CommittedEvent map(Row row) throws SQLException {
        Event event = new Event(new EventId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                Mode.valueOf(row.text("mode")), EventType.parse(row.text("type")), row.text("object_id"),
                row.bigint("sequence"), PayloadJson.read(row.text("payload")), row.instant("occurred_at"));
        return new CommittedEvent(event, new EventCursor(row.bigint("stream_tx"), row.bigint("stream_position")));
    }
}
