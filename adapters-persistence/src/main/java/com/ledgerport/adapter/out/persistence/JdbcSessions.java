package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcSessions implements Sessions {

    private static final String COLUMNS =
            "id, member_id, partner_id, created_at, last_used_at, expires_at, revoked_at, user_agent";

    private final Jdbc jdbc;

    JdbcSessions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Session session, String refreshDigest) {
        jdbc.update("INSERT INTO member_session (" + COLUMNS + ", refresh_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.uuid(session.id().value())
                        .uuid(session.memberId().value())
                        .uuid(session.partnerId().value())
                        .instant(session.createdAt())
                        .instant(session.lastUsedAt())
                        .instant(session.expiresAt())
                        .optionalInstant(session.revokedAt())
                        .text(session.userAgent())
                        .text(refreshDigest));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM member_session WHERE id = ?", p -> p.uuid(id.value()),
                JdbcSessions::map);
    }

    @Override
    public Optional<Session> findByRefreshDigest(String refreshDigest) {
        return jdbc.one("SELECT " + COLUMNS + " FROM member_session WHERE refresh_digest = ?",
                p -> p.text(refreshDigest), JdbcSessions::map);
    }

    @Override
    public Optional<SessionId> findByUsedRefreshDigest(String refreshDigest) {
        return jdbc.one("SELECT session_id FROM used_refresh_token WHERE digest = ?", p -> p.text(refreshDigest),
                row -> new SessionId(row.uuid("session_id")));
    }

    @Override
    public boolean rotateRefresh(Session refreshed, String oldDigest, String newDigest) {
        int changed = jdbc.update("""
                UPDATE member_session SET refresh_digest = ?, last_used_at = ?, expires_at = ?
                WHERE id = ? AND refresh_digest = ? AND revoked_at IS NULL""",
                p -> p.text(newDigest)
                        .instant(refreshed.lastUsedAt())
                        .instant(refreshed.expiresAt())
                        .uuid(refreshed.id().value())
                        .text(oldDigest));
        if (changed != 1) {
            return false;
        }
        jdbc.update("INSERT INTO used_refresh_token (digest, session_id, used_at) VALUES (?, ?, ?)",
                p -> p.text(oldDigest).uuid(refreshed.id().value()).instant(refreshed.lastUsedAt()));
        return true;
    }

    @Override
    public List<Session> listActive(MemberId memberId, Instant now, int limit) {
        return jdbc.list("""
                SELECT %s FROM member_session
                WHERE member_id = ? AND revoked_at IS NULL AND expires_at > ?
                ORDER BY id DESC LIMIT ?""".formatted(COLUMNS),
                p -> p.uuid(memberId.value()).instant(now).integer(limit), JdbcSessions::map);
    }

    @Override
    public boolean revoke(SessionId id, Instant now) {
        return jdbc.update("UPDATE member_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                p -> p.instant(now).uuid(id.value())) == 1;
    }

    @Override
    public int revokeAll(MemberId memberId, Instant now) {
        return jdbc.update("UPDATE member_session SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL "
                + "AND expires_at > ?", p -> p.instant(now).uuid(memberId.value()).instant(now));
    }

    private static Session map(Row row) throws SQLException {
        return new Session(new SessionId(row.uuid("id")), new MemberId(row.uuid("member_id")),
                new PartnerId(row.uuid("partner_id")), row.instant("created_at"), row.instant("last_used_at"),
                row.instant("expires_at"), row.optionalInstant("revoked_at"), row.text("user_agent"));
    }
}
