package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/** The accounts a partner owns, oldest first; empty when the partner is unknown. */
public interface ListPartnerAccountsUseCase {

    Optional<List<LedgerAccount>> list(ListPartnerAccountsQuery query);

    record ListPartnerAccountsQuery(PartnerId partnerId, CallContext context) {
    }
}
