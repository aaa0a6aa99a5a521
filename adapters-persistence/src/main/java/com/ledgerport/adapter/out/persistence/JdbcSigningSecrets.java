package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.access.SigningSecretId;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

@Singleton
final class JdbcSigningSecrets implements SigningSecrets {

    private static final String COLUMNS = "id, partner_id, sealed_secret, created_at, retires_at";

    private final Jdbc jdbc;

    JdbcSigningSecrets(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(SigningSecret secret) {
        jdbc.update("INSERT INTO signing_secret (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", p -> p
                .uuid(secret.id().value())
                .uuid(secret.partnerId().value())
                .text(secret.sealedValue())
                .instant(secret.createdAt())
                .optionalInstant(secret.retiresAt()));
    }

    @Override
    public void retire(PartnerId partnerId, Instant currentRetiresAt, Instant now) {
        // Older secrets still overlapping end now; then the current one starts its overlap.
        jdbc.update("UPDATE signing_secret SET retires_at = ? WHERE partner_id = ? AND retires_at > ?",
                p -> p.instant(now).uuid(partnerId.value()).instant(now));
        jdbc.update("UPDATE signing_secret SET retires_at = ? WHERE partner_id = ? AND retires_at IS NULL",
                p -> p.instant(currentRetiresAt).uuid(partnerId.value()));
    }

    @Override
    public List<SigningSecret> verifying(PartnerId partnerId, Instant now) {
        return jdbc.list("""
                SELECT %s FROM signing_secret
                WHERE partner_id = ? AND (retires_at IS NULL OR retires_at > ?)
                ORDER BY id DESC LIMIT ?""".formatted(COLUMNS),
                p -> p.uuid(partnerId.value()).instant(now).integer(SigningSecret.VERIFYING_COUNT_MAX + 1),
                JdbcSigningSecrets::map);
    }

    private static SigningSecret map(Row row) throws SQLException {
        return new SigningSecret(new SigningSecretId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                row.text("sealed_secret"), row.instant("created_at"), row.optionalInstant("retires_at"));
    }
}
