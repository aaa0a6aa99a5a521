package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;

/**
 * Sets how far a partner's balance may go below zero. Lowering the limit below a balance that is already
 * further down is allowed: nothing is undone, and the account takes no further debit until it is back above
 * the new floor (credits, posts and voids still apply).
 */
public interface SetOverdraftLimitUseCase {

    OverdraftChange set(SetOverdraftLimitCommand command);

    /** {@code limit} is in the partner's currency; its currency must be the partner's. */
    record SetOverdraftLimitCommand(PartnerId partnerId, Money limit, CallContext context) {

        public SetOverdraftLimitCommand {
            Require.present(partnerId, "partner id");
            Require.present(limit, "limit");
            Require.present(context, "context");
        }
    }

    sealed interface OverdraftChange permits Changed, Rejected {
    }

    /** The partner's balance account with its new limit. */
    record Changed(LedgerAccount account) implements OverdraftChange {
    }

    record Rejected(Reason reason) implements OverdraftChange {
    }

    /** In order of precedence. */
    enum Reason {
        LIMIT_MUST_NOT_BE_NEGATIVE,
        PARTNER_NOT_FOUND,
        CURRENCY_NOT_PARTNERS
    }
}
