package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.WebhookDeliveries;
import com.ledgerport.domain.event.DeliveryId;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.UuidV7;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deliveries are created with the event ({@link #enqueue}, called by {@link JdbcOutbox} in the appending
 * transaction) and claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}: two nodes claiming at once take
 * different rows, and the lease written in the same transaction keeps a claimed row off every other node's claims
 * until it is finished or the lease ends. (H2 applies the LIMIT before skipping locked rows, so there a second
 * concurrent claimer may get fewer rows than it could; one H2 node has one claimer.)
 */
@Singleton
final class JdbcWebhookDeliveries implements WebhookDeliveries {

    /** Attempts shown per event in the event log. */
    static final int ATTEMPTS_SHOWN_MAX = 500;

    /** One finish on PostgreSQL: the lease-checked UPDATE feeds the attempt's INSERT. */
    private static final String FINISH = """
                WITH finished AS (UPDATE webhook_delivery SET status = ?, attempts = attempts + 1,
                    round_attempts = round_attempts + 1, next_attempt_at = ?, lease_token = NULL, lease_until = NULL,
                    updated_at = ?
                  WHERE id = ? AND lease_token = ? RETURNING id)
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, status_code, latency_ms, error, node)
                SELECT id, CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS INTEGER),
                    CAST(? AS BIGINT), CAST(? AS VARCHAR(512)), CAST(? AS VARCHAR(128)) FROM finished""";
    /** A batch's text, made once per batch size (the driver then skips parsing it again). */
    private static final SqlBySize FINISHES_TOGETHER = new SqlBySize(
            count -> String.join(";\n", Collections.nCopies(count, FINISH)));

    private final Jdbc jdbc;
    private final LedgerDialect dialect;

    JdbcWebhookDeliveries(Jdbc jdbc, LedgerDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** One delivery for each of the partner's enabled endpoints that wants this event's type. */
    int enqueue(Event event, Instant now) {
        List<UUID> endpoints = jdbc.list("""
                SELECT e.id FROM webhook_endpoint e
                WHERE e.partner_id = ? AND e.enabled AND e.deleted_at IS NULL
                  AND (e.event_types = '' OR EXISTS (SELECT 1 FROM webhook_endpoint_event f
                       WHERE f.endpoint_id = e.id AND f.event_type = ?))""",
                p -> p.uuid(event.partnerId().value()).text(event.type().wireName()), row -> row.uuid("id"));
        int created = 0;
        for (UUID endpoint : endpoints) {
            created += jdbc.update("""
                    INSERT INTO webhook_delivery (id, endpoint_id, event_id, partner_id, status, next_attempt_at,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?) ON CONFLICT DO NOTHING""", p -> p
                    .uuid(UuidV7.next())
                    .uuid(endpoint)
                    .uuid(event.id().value())
                    .uuid(event.partnerId().value())
                    .instant(now)
                    .instant(now)
                    .instant(now));
        }
        return created;
    }

    @Override
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit, Collection<WebhookEndpointId> excluded) {
        String notExcluded = excluded.isEmpty() ? ""
                : " AND d.endpoint_id NOT IN (" + placeholders(excluded.size()) + ")";
        if (dialect.engine() == LedgerDialect.Engine.POSTGRESQL) {
            // The claim wants the oldest due rows and stops at the LIMIT: an ordered scan of the due index. Without
            // fresh statistics (a young or fast-growing queue; autovacuum behind, or off) PostgreSQL estimates a
            // few pending rows and picks a bitmap scan that reads and sorts every pending row instead: 10-13 ms
            // against 0.1-0.2 ms at 25 000 pending (EXPLAIN ANALYZE, docs/performance.md). For this transaction only.
            jdbc.update("SET LOCAL enable_bitmapscan = off", Jdbc.none());
        }
        List<UUID> ids = jdbc.list("""
                SELECT d.id FROM webhook_delivery d
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)
                  AND d.endpoint_id NOT IN (SELECT e.id FROM webhook_endpoint e WHERE NOT e.enabled)""" + notExcluded
                + """

                ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED""", p -> {
                    p.instant(now).instant(now);
                    for (WebhookEndpointId id : excluded) {
                        p.uuid(id.value());
                    }
                    p.integer(limit);
                }, row -> row.uuid("id"));
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        jdbc.update("UPDATE webhook_delivery SET lease_token = ?, lease_until = ? WHERE id IN ("
                + placeholders(ids.size()) + ")", p -> {
                    p.uuid(token).instant(leaseUntil);
                    for (UUID id : ids) {
                        p.uuid(id);
                    }
                });
        return load(token, leaseUntil, ids);
    }

    /**
     * The claimed deliveries with their endpoints and events, in one query (by primary key: {@code lease_token} has
     * no index).
     */
    private List<Claimed> load(UUID token, Instant leaseUntil, List<UUID> ids) {
        return jdbc.list("SELECT d.id AS delivery_id, d.attempts, d.round_attempts, "
                + JdbcWebhookEndpoints.COLUMNS.replace("e.id,", "e.id AS endpoint_id,")
                        .replace("e.partner_id,", "e.partner_id AS endpoint_partner_id,")
                        .replace("e.created_at,", "e.created_at AS endpoint_created_at,")
                + ", " + JdbcEventLog.COLUMNS
                + " FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                + " JOIN outbox_event o ON o.id = d.event_id WHERE d.id IN (" + placeholders(ids.size())
                + ") AND d.lease_token = ?", p -> {
                    bindAll(p, ids);
                    p.uuid(token);
                }, row -> new Claimed(new DeliveryId(row.uuid("delivery_id")), token, leaseUntil,
                        JdbcWebhookEndpoints.map(row, "endpoint_id", "endpoint_partner_id", "endpoint_created_at"),
                        JdbcEventLog.map(row), row.integer("attempts"), row.integer("round_attempts")));
    }

    @Override
    public void release(DeliveryId id, UUID leaseToken) {
        jdbc.update("UPDATE webhook_delivery SET lease_token = NULL, lease_until = NULL "
                + "WHERE id = ? AND lease_token = ?",
                p -> p.uuid(id.value()).uuid(leaseToken));
    }

    @Override
    public boolean finish(Claimed claimed, Attempt attempt, Status status, Instant nextAttemptAt, Instant now) {
        int held = jdbc.update("""
                UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, round_attempts = round_attempts + 1,
                    next_attempt_at = ?, lease_token = NULL, lease_until = NULL, updated_at = ?
                WHERE id = ? AND lease_token = ?""", p -> p
                .text(status.name())
                .instant(nextAttemptAt)
                .instant(now)
                .uuid(claimed.id().value())
                .uuid(claimed.leaseToken()));
        if (held == 0) {
            return false;
        }
        jdbc.update("""
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, status_code, latency_ms, error, node)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", p -> p
                .uuid(claimed.id().value())
                .integer(attempt.number())
                .instant(attempt.startedAt())
                .optionalInteger(attempt.statusCode())
                .bigint(attempt.latencyMs())
                .optionalText(attempt.error())
                .text(attempt.node()));
        return true;
    }

    /**
     * On PostgreSQL every finish is one statement (the lease-checked UPDATE feeds the attempt's INSERT, so an attempt
     * is written exactly when the lease was held) and all of them go in one round trip; on H2 one by one.
     */
    @Override
    public boolean[] finishAll(List<Finish> finishes, Instant now) {
        if (!dialect.sendsStatementsTogether() || finishes.size() < 2) {
            return WebhookDeliveries.super.finishAll(finishes, now);
        }
        List<Jdbc.Update> updates = finishes.stream().map(finish -> new Jdbc.Update(FINISH, p -> p
                .text(finish.status().name())
                .instant(finish.nextAttemptAt())
                .instant(now)
                .uuid(finish.claimed().id().value())
                .uuid(finish.claimed().leaseToken())
                .integer(finish.attempt().number())
                .instant(finish.attempt().startedAt())
                .optionalInteger(finish.attempt().statusCode())
                .bigint(finish.attempt().latencyMs())
                .optionalText(finish.attempt().error())
                .text(finish.attempt().node()))).toList();
        int[] counts = jdbc.updatesTogether(FINISHES_TOGETHER.sql(updates.size()), updates);
        boolean[] held = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            held[i] = counts[i] == 1;
        }
        return held;
    }

    @Override
    public List<DeliveryView> ofEvent(EventId eventId) {
        record Head(UUID id, UUID endpointId, String url, Status status, int attempts, Instant next, Instant created) {
        }
        List<Head> heads = jdbc.list("""
                SELECT d.id, d.endpoint_id, e.url, d.status, d.attempts, d.next_attempt_at, d.created_at
                FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                WHERE d.event_id = ? ORDER BY d.id""", p -> p.uuid(eventId.value()),
                row -> new Head(row.uuid("id"), row.uuid("endpoint_id"), row.text("url"),
                        Status.valueOf(row.text("status")), row.integer("attempts"), row.instant("next_attempt_at"),
                        row.instant("created_at")));
        if (heads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = heads.stream().map(Head::id).toList();
        Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
        jdbc.list("SELECT delivery_id, attempt, started_at, status_code, latency_ms, error, node FROM webhook_attempt "
                + "WHERE delivery_id IN (" + placeholders(ids.size()) + ") ORDER BY delivery_id, attempt LIMIT ?",
                p -> {
                    bindAll(p, ids);
                    p.integer(ATTEMPTS_SHOWN_MAX);
                }, row -> {
                    attempts.computeIfAbsent(row.uuid("delivery_id"), id -> new ArrayList<>()).add(new Attempt(
                            row.integer("attempt"), row.instant("started_at"), row.optionalInteger("status_code"),
                            row.bigint("latency_ms"), Optional.ofNullable(row.text("error")), row.text("node")));
                    return 0;
                });
        return heads.stream().map(head -> new DeliveryView(new DeliveryId(head.id()),
                new WebhookEndpointId(head.endpointId()), head.url(), head.status(), head.attempts(), head.next(),
                head.created(), attempts.getOrDefault(head.id(), Collections.emptyList()))).toList();
    }

    @Override
    public int retry(Event event, Instant now) {
        int again = jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', round_attempts = 0, next_attempt_at = ?, updated_at = ?
                WHERE event_id = ? AND status <> 'PENDING'""",
                p -> p.instant(now).instant(now).uuid(event.id().value()));
        return again + enqueue(event, now);
    }

    @Override
    public int recover(PartnerId partnerId, WebhookEndpointId endpointId, Instant since, Instant now, int limit) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', round_attempts = 0, next_attempt_at = ?, updated_at = ?
                WHERE id IN (SELECT id FROM webhook_delivery
                    WHERE endpoint_id = ? AND partner_id = ? AND status = 'FAILED' AND created_at >= ?
                    ORDER BY id LIMIT ?)""", p -> p
                .instant(now)
                .instant(now)
                .uuid(endpointId.value())
                .uuid(partnerId.value())
                .instant(since)
                .integer(limit));
    }

    private static void bindAll(Params params, List<UUID> ids) throws SQLException {
        for (UUID id : ids) {
            params.uuid(id);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
