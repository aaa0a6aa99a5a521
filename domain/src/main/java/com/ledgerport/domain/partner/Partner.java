package com.ledgerport.domain.partner;

import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/** An organisation that integrates server-to-server; every other resource belongs to exactly one partner. */
public record Partner(PartnerId id, String name, Currency currency, PartnerStatus status, Instant createdAt) {

    public static final int NAME_LENGTH_MAX = 200;

    public Partner {
        Require.present(id, "id");
        Require.text(name, "name", NAME_LENGTH_MAX);
        Require.that(name.equals(name.strip()), "name must not start or end with spaces");
        Require.present(currency, "currency");
        Require.present(status, "status");
        Require.present(createdAt, "created_at");
    }

    public static Partner register(String name, Currency currency, Instant now) {
        return new Partner(PartnerId.generate(), name == null ? null : name.strip(), currency,
                PartnerStatus.ACTIVE, now);
    }

    public boolean isActive() {
        return status == PartnerStatus.ACTIVE;
    }

    public Partner withStatus(PartnerStatus newStatus) {
        return new Partner(id, name, currency, newStatus, createdAt);
    }
}
