package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import java.util.Optional;

public interface GetLedgerAccountUseCase {

    Optional<LedgerAccount> get(GetLedgerAccountQuery query);

    record GetLedgerAccountQuery(LedgerAccountId accountId, CallContext context) {
    }
}
