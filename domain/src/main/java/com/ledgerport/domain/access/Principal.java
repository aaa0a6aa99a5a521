package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.partner.PartnerId;

/**
 * An authenticated caller acting for one partner. Whether it may do something is decided here, in the
 * domain, from what the credential grants — never by a framework annotation.
 */
public sealed interface Principal permits MemberPrincipal, ApiKeyPrincipal, AccessTokenPrincipal,
        ResellerPrincipal, CustomerPrincipal {

    PartnerId partnerId();

    Actor actor();

    boolean allows(Permission permission);
}
