package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;

public interface RegisterPartnerUseCase {

    Partner register(RegisterPartnerCommand command);

    record RegisterPartnerCommand(String name, Currency currency, CallContext context) {
    }
}
