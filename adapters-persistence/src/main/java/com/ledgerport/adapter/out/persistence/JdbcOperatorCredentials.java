package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.OperatorCredentials;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

@Singleton
final class JdbcOperatorCredentials implements OperatorCredentials {

    private final Jdbc jdbc;

    JdbcOperatorCredentials(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean storeIfAbsent(String tokenDigest, Instant now) {
        return jdbc.update("""
                INSERT INTO operator_credential (singleton, token_digest, created_at) VALUES (1, ?, ?)
                ON CONFLICT DO NOTHING""", p -> p.text(tokenDigest).instant(now)) == 1;
    }

    @Override
    public Optional<String> storedDigest() {
        return jdbc.one("SELECT token_digest FROM operator_credential WHERE singleton = 1", Jdbc.none(),
                row -> row.text("token_digest"));
    }
}
