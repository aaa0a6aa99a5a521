package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.domain.partner.PartnerId;

/** In memory the services' units of work do not overlap; a lock only has to say whether the partner exists. */
public final class InMemoryPartnerLocks implements PartnerLocks {

    private final InMemoryPartners partners;
    private int locks;

    public InMemoryPartnerLocks(InMemoryPartners partners) {
        this.partners = partners;
    }

    @Override
    public synchronized boolean lock(PartnerId partnerId) {
        locks++;
        return partners.find(partnerId).isPresent();
    }

    public synchronized int locks() {
        return locks;
    }
}
