package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.UsedUuids;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

public final class InMemoryUsedUuids implements UsedUuids {

    private record Used(PartnerId partnerId, UUID uuid) {
    }

    private final Set<Used> used = new HashSet<>();

    @Override
    public synchronized boolean use(PartnerId partnerId, UUID uuid, Instant usedAt) {
        return used.add(new Used(partnerId, uuid));
    }
}
