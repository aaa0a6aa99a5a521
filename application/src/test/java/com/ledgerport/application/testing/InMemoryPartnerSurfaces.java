package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.partner.PartnerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemoryPartnerSurfaces implements PartnerSurfaces {

    private final Map<PartnerId, Set<PartnerSurface>> surfaces = new HashMap<>();

    @Override
    public synchronized Optional<Set<PartnerSurface>> find(PartnerId partnerId) {
        return Optional.ofNullable(surfaces.get(partnerId));
    }

    @Override
    public synchronized void set(PartnerId partnerId, Set<PartnerSurface> newSurfaces) {
        surfaces.put(partnerId, Set.copyOf(newSurfaces));
    }
}
