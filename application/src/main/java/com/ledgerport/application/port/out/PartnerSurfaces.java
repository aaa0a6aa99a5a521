package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;
import java.util.Set;

/** Which seed-001 APIs a partner may use; no stored setting means all of them. */
public interface PartnerSurfaces {

    Optional<Set<PartnerSurface>> find(PartnerId partnerId);

    void set(PartnerId partnerId, Set<PartnerSurface> surfaces);
}
