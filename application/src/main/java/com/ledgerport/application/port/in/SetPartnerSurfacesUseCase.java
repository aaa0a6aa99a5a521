package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Set;

/** Operator: which seed-001 APIs a partner may use. */
public interface SetPartnerSurfacesUseCase {

    SurfacesChange set(SetPartnerSurfacesCommand command);

    record SetPartnerSurfacesCommand(PartnerId partnerId, Set<PartnerSurface> surfaces, CallContext context) {
    }

    sealed interface SurfacesChange permits SurfacesSet, PartnerNotFound {
    }

    record SurfacesSet(Set<PartnerSurface> surfaces) implements SurfacesChange {
    }

    record PartnerNotFound() implements SurfacesChange {
    }
}
