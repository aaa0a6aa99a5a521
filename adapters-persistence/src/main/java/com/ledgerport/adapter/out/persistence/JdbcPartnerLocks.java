package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;

/** A row lock on the partner ({@code SELECT … FOR UPDATE}), held until the transaction ends; both engines. */
@Singleton
final class JdbcPartnerLocks implements PartnerLocks {

    private final Jdbc jdbc;

    JdbcPartnerLocks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean lock(PartnerId partnerId) {
        return jdbc.one("SELECT id FROM partner WHERE id = ? FOR UPDATE", p -> p.uuid(partnerId.value()),
                row -> row.uuid("id")).isPresent();
    }
}
