package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

/** One event on its way to one endpoint; also the delivery's idempotency key, the same on every attempt. */
public record DeliveryId(UUID value) {

    public DeliveryId {
        Require.present(value, "delivery id");
    }

    public static DeliveryId generate() {
        return new DeliveryId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
