package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.WebhookEndpoints;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.event.WebhookEndpointId;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
final class JdbcWebhookEndpoints implements WebhookEndpoints {

    static final String COLUMNS = "e.id, e.partner_id, e.contract, e.url, e.description, e.event_types, e.enabled, "
            + "e.disabled_reason, e.created_at, e.updated_at";

    private final Jdbc jdbc;

    JdbcWebhookEndpoints(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        jdbc.update("""
                INSERT INTO webhook_endpoint (id, partner_id, contract, url, description, event_types, enabled,
                    disabled_reason, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", p -> p
                .uuid(endpoint.id().value())
                .uuid(endpoint.partnerId().value())
                .text(endpoint.contract().name())
                .text(endpoint.url())
                .text(endpoint.description())
                .text(typesText(endpoint.eventTypes()))
                .bool(endpoint.enabled())
                .optionalText(endpoint.disabledReason())
                .instant(endpoint.createdAt())
                .instant(endpoint.updatedAt()));
        writeTypes(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(PartnerId partnerId, WebhookEndpointId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM webhook_endpoint e "
                + "WHERE e.id = ? AND e.partner_id = ? AND e.deleted_at IS NULL",
                p -> p.uuid(id.value()).uuid(partnerId.value()), JdbcWebhookEndpoints::map);
    }

    @Override
    public List<WebhookEndpoint> list(PartnerId partnerId, Optional<WebhookEndpointId> after, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM webhook_endpoint e "
                + "WHERE e.partner_id = ? AND e.deleted_at IS NULL AND e.id > ? ORDER BY e.id LIMIT ?",
                p -> p.uuid(partnerId.value()).uuid(after.map(WebhookEndpointId::value).orElse(JdbcEventLog.NO_ID))
                        .integer(limit),
                JdbcWebhookEndpoints::map);
    }

    @Override
    public int count(PartnerId partnerId) {
        return jdbc.one("SELECT COUNT(*) AS n FROM webhook_endpoint WHERE partner_id = ? AND deleted_at IS NULL",
                p -> p.uuid(partnerId.value()), row -> (int) row.bigint("n")).orElse(0);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        jdbc.update("""
                UPDATE webhook_endpoint SET url = ?, description = ?, event_types = ?, enabled = ?,
                    disabled_reason = ?, updated_at = ?,
                    failed_deliveries = CASE WHEN ? THEN 0 ELSE failed_deliveries END
                WHERE id = ?""", p -> p
                .text(endpoint.url())
                .text(endpoint.description())
                .text(typesText(endpoint.eventTypes()))
                .bool(endpoint.enabled())
                .optionalText(endpoint.disabledReason())
                .instant(endpoint.updatedAt())
                .bool(endpoint.enabled())
                .uuid(endpoint.id().value()));
        jdbc.update("DELETE FROM webhook_endpoint_event WHERE endpoint_id = ?", p -> p.uuid(endpoint.id().value()));
        writeTypes(endpoint);
    }

    @Override
    public void delete(PartnerId partnerId, WebhookEndpointId id, Instant now) {
        jdbc.update("UPDATE webhook_endpoint SET deleted_at = ?, enabled = FALSE, updated_at = ? "
                + "WHERE id = ? AND partner_id = ?",
                p -> p.instant(now).instant(now).uuid(id.value()).uuid(partnerId.value()));
    }

    @Override
    public void succeeded(WebhookEndpointId id) {
        // Most deliveries succeed: only write when there is a run to end.
        jdbc.update("UPDATE webhook_endpoint SET failed_deliveries = 0 WHERE id = ? AND failed_deliveries > 0",
                p -> p.uuid(id.value()));
    }

    @Override
    public void succeeded(Collection<WebhookEndpointId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> ordered = ids.stream().map(WebhookEndpointId::value).distinct().sorted().toList();
        jdbc.update("UPDATE webhook_endpoint SET failed_deliveries = 0 WHERE id IN ("
                + String.join(", ", Collections.nCopies(ordered.size(), "?")) + ") AND failed_deliveries > 0", p -> {
                    for (UUID id : ordered) {
                        p.uuid(id);
                    }
                });
    }

    @Override
    public int deliveryFailed(WebhookEndpointId id) {
        jdbc.update("UPDATE webhook_endpoint SET failed_deliveries = failed_deliveries + 1 WHERE id = ?",
                p -> p.uuid(id.value()));
        return jdbc.one("SELECT failed_deliveries FROM webhook_endpoint WHERE id = ?", p -> p.uuid(id.value()),
                row -> row.integer("failed_deliveries")).orElse(0);
    }

    @Override
    public Optional<WebhookEndpoint> disable(WebhookEndpointId id, String reason, Instant now) {
        int changed = jdbc.update("UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = ?, updated_at = ? "
                + "WHERE id = ? AND enabled AND deleted_at IS NULL", p -> p.text(reason).instant(now).uuid(id.value()));
        if (changed == 0) {
            return Optional.empty();
        }
        return jdbc.one("SELECT " + COLUMNS + " FROM webhook_endpoint e WHERE e.id = ?", p -> p.uuid(id.value()),
                JdbcWebhookEndpoints::map);
    }

    private void writeTypes(WebhookEndpoint endpoint) {
        for (EventType type : endpoint.eventTypes()) {
            jdbc.update("INSERT INTO webhook_endpoint_event (endpoint_id, event_type) VALUES (?, ?)",
                    p -> p.uuid(endpoint.id().value()).text(type.wireName()));
        }
    }

    private static String typesText(Set<EventType> types) {
        return types.stream().map(EventType::wireName).sorted().collect(Collectors.joining(","));
    }

    static WebhookEndpoint map(Row row) throws SQLException {
        return map(row, "id", "partner_id", "created_at");
    }

    /** With the column names of id, partner id and creation time, which a join gives other names. */
    static WebhookEndpoint map(Row row, String id, String partnerId, String createdAt) throws SQLException {
        String types = row.text("event_types");
        Set<EventType> eventTypes = types.isEmpty() ? Set.of()
                : Arrays.stream(types.split(",")).map(EventType::parse).collect(Collectors.toSet());
        return new WebhookEndpoint(new WebhookEndpointId(row.uuid(id)), new PartnerId(row.uuid(partnerId)),
                WebhookContract.valueOf(row.text("contract")), row.text("url"), row.text("description"), eventTypes,
                row.bool("enabled"), Optional.ofNullable(row.text("disabled_reason")), row.instant(createdAt),
                row.instant("updated_at"));
    }
}
