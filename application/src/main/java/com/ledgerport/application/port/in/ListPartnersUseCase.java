package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;

public interface ListPartnersUseCase {

    Page<Partner> list(ListPartnersQuery query);

    record ListPartnersQuery(PageRequest page, CallContext context) {
    }
}
