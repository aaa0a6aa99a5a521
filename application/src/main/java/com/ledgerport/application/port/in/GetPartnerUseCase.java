package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

public interface GetPartnerUseCase {

    Optional<Partner> get(GetPartnerQuery query);

    record GetPartnerQuery(PartnerId partnerId, CallContext context) {
    }
}
