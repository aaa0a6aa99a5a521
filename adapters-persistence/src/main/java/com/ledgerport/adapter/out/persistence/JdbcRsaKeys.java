package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyId;
import com.ledgerport.domain.access.RsaKeyOrigin;
import com.ledgerport.domain.access.RsaPublicKey;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

@Singleton
final class JdbcRsaKeys implements RsaKeys {

    private static final String COLUMNS = "id, partner_id, public_key, fingerprint, origin, created_at, retires_at";

    private final Jdbc jdbc;

    JdbcRsaKeys(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(RsaKey key) {
        return jdbc.update("INSERT INTO rsa_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                p -> p.uuid(key.id().value())
                        .uuid(key.partnerId().value())
                        .text(key.publicKey().base64Der())
                        .text(key.publicKey().fingerprint())
                        .text(key.origin().name())
                        .instant(key.createdAt())
                        .optionalInstant(key.retiresAt())) == 1;
    }

    @Override
    public List<RsaKey> verifying(PartnerId partnerId, Instant now, int limit) {
        return jdbc.list("""
                SELECT %s FROM rsa_key
                WHERE partner_id = ? AND (retires_at IS NULL OR retires_at > ?)
                ORDER BY id DESC LIMIT ?""".formatted(COLUMNS),
                p -> p.uuid(partnerId.value()).instant(now).integer(limit), JdbcRsaKeys::map);
    }

    @Override
    public int retire(PartnerId partnerId, Instant activeRetiresAt, Instant now) {
        jdbc.update("UPDATE rsa_key SET retires_at = ? WHERE partner_id = ? AND retires_at > ?",
                p -> p.instant(now).uuid(partnerId.value()).instant(now));
        return jdbc.update("UPDATE rsa_key SET retires_at = ? WHERE partner_id = ? AND retires_at IS NULL",
                p -> p.instant(activeRetiresAt).uuid(partnerId.value()));
    }

    private static RsaKey map(Row row) throws SQLException {
        return new RsaKey(new RsaKeyId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                RsaPublicKey.fromBase64Der(row.text("public_key")), RsaKeyOrigin.valueOf(row.text("origin")),
                row.instant("created_at"), row.optionalInstant("retires_at"));
    }
}
