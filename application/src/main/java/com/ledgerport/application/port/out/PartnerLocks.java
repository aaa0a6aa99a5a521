package com.ledgerport.application.port.out;

import com.ledgerport.domain.partner.PartnerId;

/**
 * Serialises changes to one partner's credentials: a unit of work that rotates a signing secret or RSA keys
 * locks the partner first, so two concurrent rotations cannot both leave a "current" credential behind.
 */
public interface PartnerLocks {

    /** Locks the partner until the unit of work ends; answers false (and locks nothing) when it does not exist. */
    boolean lock(PartnerId partnerId);
}
