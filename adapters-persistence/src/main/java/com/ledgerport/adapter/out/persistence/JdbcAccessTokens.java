package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcAccessTokens implements AccessTokens {

    private static final String COLUMNS = "id, partner_id, description, mode, scopes, created_at, expires_at, "
            + "revoked_at, created_by";

    private final Jdbc jdbc;

    JdbcAccessTokens(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(AccessToken token) {
        jdbc.update("INSERT INTO access_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", p -> p
                .uuid(token.id().value())
                .uuid(token.partnerId().value())
                .text(token.description())
                .text(token.mode().name())
                .text(String.join(" ", token.scopes().flat()))
                .instant(token.createdAt())
                .instant(token.expiresAt())
                .optionalInstant(token.revokedAt())
                .text(token.createdBy().describe()));
    }

    @Override
    public Optional<AccessToken> find(AccessTokenId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM access_token WHERE id = ?", p -> p.uuid(id.value()),
                JdbcAccessTokens::map);
    }

    @Override
    public List<AccessToken> listByPartner(PartnerId partnerId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM access_token WHERE partner_id = ? ORDER BY id DESC LIMIT ?",
                p -> p.uuid(partnerId.value()).integer(LIST_SIZE_MAX), JdbcAccessTokens::map);
    }

    @Override
    public int countActive(PartnerId partnerId, Instant now) {
        return jdbc.one("""
                SELECT COUNT(*) AS active FROM access_token
                WHERE partner_id = ? AND revoked_at IS NULL AND expires_at > ?""",
                p -> p.uuid(partnerId.value()).instant(now), row -> row.integer("active")).orElse(0);
    }

    @Override
    public void update(AccessToken token) {
        jdbc.update("UPDATE access_token SET description = ?, scopes = ? WHERE id = ?", p -> p
                .text(token.description())
                .text(String.join(" ", token.scopes().flat()))
                .uuid(token.id().value()));
    }

    @Override
    public boolean revoke(AccessTokenId id, Instant now) {
        return jdbc.update("UPDATE access_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                p -> p.instant(now).uuid(id.value())) == 1;
    }

    private static AccessToken map(Row row) throws SQLException {
        String flat = row.text("scopes");
        Scopes scopes = flat.isEmpty() ? Scopes.none() : Scopes.fromFlat(Arrays.asList(flat.split(" ")));
        return new AccessToken(new AccessTokenId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                row.text("description"), Mode.valueOf(row.text("mode")), scopes, row.instant("created_at"),
                row.instant("expires_at"), row.optionalInstant("revoked_at"), Actor.parse(row.text("created_by")));
    }
}
