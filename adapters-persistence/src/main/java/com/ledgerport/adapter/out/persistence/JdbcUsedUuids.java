package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.UsedUuids;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

@Singleton
final class JdbcUsedUuids implements UsedUuids {

    private final Jdbc jdbc;

    JdbcUsedUuids(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean use(PartnerId partnerId, UUID uuid, Instant usedAt) {
        return jdbc.update("""
                INSERT INTO used_request_uuid (partner_id, uuid, used_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", p -> p.uuid(partnerId.value()).uuid(uuid).instant(usedAt)) == 1;
    }
}
