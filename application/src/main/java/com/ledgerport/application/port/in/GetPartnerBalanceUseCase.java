package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/** A partner's balance account in its own currency (seed 002 {@code GET /balance}); empty for an unknown partner. */
public interface GetPartnerBalanceUseCase {

    Optional<LedgerAccount> get(GetPartnerBalanceQuery query);

    record GetPartnerBalanceQuery(PartnerId partnerId, CallContext context) {
    }
}
