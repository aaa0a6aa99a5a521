package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcApiKeys implements ApiKeys {

    private static final String COLUMNS = "id, partner_id, name, public_key, secret_digest, mode, created_at, "
            + "expires_at, revoked_at, last_used_at";

    private final Jdbc jdbc;

    JdbcApiKeys(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ApiKey add(NewApiKey key) {
        long id = jdbc.insertReturningId("""
                INSERT INTO api_key (partner_id, name, public_key, secret_digest, mode, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", "id", p -> p
                .uuid(key.partnerId().value())
                .text(key.name())
                .text(key.publicKey())
                .text(key.secretDigest())
                .text(key.mode().name())
                .instant(key.createdAt())
                .instant(key.expiresAt()));
        return find(new ApiKeyId(id)).orElseThrow();
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM api_key WHERE id = ?", p -> p.bigint(id.value()),
                JdbcApiKeys::map);
    }

    @Override
    public Optional<ApiKey> findByPublicKey(String publicKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM api_key WHERE public_key = ?", p -> p.text(publicKey),
                JdbcApiKeys::map);
    }

    @Override
    public List<ApiKey> listByPartner(PartnerId partnerId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM api_key WHERE partner_id = ? ORDER BY id DESC LIMIT ?",
                p -> p.uuid(partnerId.value()).integer(LIST_SIZE_MAX), JdbcApiKeys::map);
    }

    @Override
    public int countActive(PartnerId partnerId, Instant now) {
        return jdbc.one("""
                SELECT COUNT(*) AS active FROM api_key
                WHERE partner_id = ? AND revoked_at IS NULL AND expires_at > ?""",
                p -> p.uuid(partnerId.value()).instant(now), row -> row.integer("active")).orElse(0);
    }

    @Override
    public boolean revoke(ApiKeyId id, Instant now) {
        return jdbc.update("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                p -> p.instant(now).bigint(id.value())) == 1;
    }

    @Override
    public void touch(ApiKeyId id, Instant now) {
        // The condition keeps a burst of requests from writing the row more than once per resolution.
        jdbc.update("UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                p -> p.instant(now).bigint(id.value()).instant(now.minus(ApiKey.LAST_USED_RESOLUTION)));
    }

    private static ApiKey map(Row row) throws SQLException {
        return new ApiKey(new ApiKeyId(row.bigint("id")), new PartnerId(row.uuid("partner_id")), row.text("name"),
                row.text("public_key"), row.text("secret_digest"), Mode.valueOf(row.text("mode")),
                row.instant("created_at"), row.instant("expires_at"), row.optionalInstant("revoked_at"),
                row.optionalInstant("last_used_at"));
    }
}
