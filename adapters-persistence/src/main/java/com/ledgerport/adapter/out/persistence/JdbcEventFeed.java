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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as a stream ordered by {@code committed_position}, a number an event gets only after its
 * transaction committed. Sequencing locks the single {@code event_stream_head} row, so sequencings of every
 * node run one after another; each reads (in a statement that starts after the lock is held, so it sees
 * every earlier sequencing) the committed events without a position and numbers them after the last one.
 * A reader that sees a position has therefore seen every lower one, and a transaction still running holds
 * nothing back: its events are numbered when it commits.
 *
 * <p>They are numbered in {@code stream_position} order, drawn at append while the appender holds the
 * object's lock, so each object's events get increasing positions in their own sequence order.
 */
@Singleton
final class JdbcEventFeed implements EventFeed {

    /** Events numbered per sequencing at most; a larger backlog takes several rounds (the delivery loop drains). */
    static final int SEQUENCING_MAX = 5_000;

    private static final String COLUMNS = "id, partner_id, mode, type, object_id, sequence, payload, occurred_at, "
            + "committed_position";

    private final Jdbc jdbc;

    JdbcEventFeed(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int sequenceCommitted() {
        // A look without the lock first: most rounds (another node's announcement, a poll) find nothing.
        if (unplaced(1).isEmpty()) {
            return 0;
        }
        long last = jdbc.one("SELECT last_position FROM event_stream_head WHERE id = 1 FOR UPDATE", Jdbc.none(),
                row -> row.bigint("last_position")).orElseThrow(
                        () -> new IllegalStateException("event_stream_head has no row: migration V10 did not run"));
        List<UUID> unplaced = unplaced(SEQUENCING_MAX);
        if (unplaced.isEmpty()) {
            return 0;
        }
        List<Jdbc.Binder> rows = new ArrayList<>(unplaced.size());
        long position = last;
        for (UUID id : unplaced) {
            long next = ++position;
            rows.add(p -> p.bigint(next).uuid(id));
        }
        for (int count : jdbc.batch("UPDATE outbox_event SET committed_position = ? WHERE id = ? "
                + "AND committed_position IS NULL", rows)) {
            if (count == 0) {
                // Impossible while sequencings hold the head row's lock; rolling back keeps positions gap-free.
                throw new IllegalStateException("an event was placed by a sequencing that did not hold the lock");
            }
        }
        long newLast = position;
        jdbc.update("UPDATE event_stream_head SET last_position = ? WHERE id = 1", p -> p.bigint(newLast));
        return unplaced.size();
    }

    private List<UUID> unplaced(int limit) {
        return jdbc.list("SELECT id FROM outbox_event WHERE committed_position IS NULL ORDER BY stream_position "
                + "LIMIT ?", p -> p.integer(limit), row -> row.uuid("id"));
    }

    @Override
    public EventCursor head() {
        return new EventCursor(jdbc.one("SELECT last_position FROM event_stream_head WHERE id = 1", Jdbc.none(),
                row -> row.bigint("last_position")).orElse(0L));
    }

    @Override
    public List<CommittedEvent> after(EventCursor cursor, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox_event WHERE committed_position > ? "
                + "ORDER BY committed_position LIMIT ?", p -> p.bigint(cursor.position()).integer(limit),
                JdbcEventFeed::map);
    }

    @Override
    public List<CommittedEvent> replay(PartnerId partnerId, EventCursor cursor, Instant notBefore, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox_event WHERE partner_id = ? AND committed_position > ? "
                + "AND occurred_at >= ? ORDER BY committed_position LIMIT ?",
                p -> p.uuid(partnerId.value()).bigint(cursor.position()).instant(notBefore).integer(limit),
                JdbcEventFeed::map);
    }

    private static CommittedEvent map(Row row) throws SQLException {
        Event event = new Event(new EventId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                Mode.valueOf(row.text("mode")), EventType.parse(row.text("type")), row.text("object_id"),
                row.bigint("sequence"), PayloadJson.read(row.text("payload")), row.instant("occurred_at"));
        return new CommittedEvent(event, new EventCursor(row.bigint("committed_position")));
    }
}
