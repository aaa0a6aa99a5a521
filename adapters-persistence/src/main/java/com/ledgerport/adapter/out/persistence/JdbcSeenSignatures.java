package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.time.Instant;

@Singleton
final class JdbcSeenSignatures implements SeenSignatures {

    private final Jdbc jdbc;

    JdbcSeenSignatures(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean remember(PartnerId partnerId, String signature, Instant forgetAfter) {
        // The primary key settles concurrent presentations on every node: one insert wins, the other counts 0
        // (PostgreSQL makes the second wait for the first to commit, then skips it).
        return jdbc.update("""
                INSERT INTO seen_request_signature (partner_id, signature, forget_after) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""",
                p -> p.uuid(partnerId.value()).text(signature).instant(forgetAfter)) == 1;
    }

    @Override
    public int forgetExpired(Instant now, int limit) {
        // Bounded: PostgreSQL has no DELETE … LIMIT, so the victims are chosen by a limited sub-select.
        return jdbc.update("""
                DELETE FROM seen_request_signature WHERE (partner_id, signature) IN (
                    SELECT partner_id, signature FROM seen_request_signature WHERE forget_after <= ? LIMIT ?)""",
                p -> p.instant(now).integer(limit));
    }
}
