package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.partner.Partner;

/** The authenticated partner's own profile (seed 000 account profile, seed 002 verify token). */
public interface GetPartnerProfileUseCase {

    Partner get(GetPartnerProfileQuery query);

    record GetPartnerProfileQuery(Principal principal) {
    }
}
