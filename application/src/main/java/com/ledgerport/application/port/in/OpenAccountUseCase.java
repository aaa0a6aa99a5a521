package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Require;

/**
 * Opens a ledger account: at most one per owner, kind and currency, so opening twice answers the first. A
 * partner's balance account is opened with the partner; operator accounts are opened on first need.
 */
public interface OpenAccountUseCase {

    AccountOpening open(OpenAccountCommand command);

    record OpenAccountCommand(AccountOwner owner, AccountKind kind, Currency currency, CallContext context) {

        public OpenAccountCommand {
            Require.present(owner, "owner");
            Require.present(kind, "kind");
            Require.present(currency, "currency");
            Require.present(context, "context");
        }
    }

    sealed interface AccountOpening permits Opened, AlreadyOpen, Rejected {
    }

    record Opened(LedgerAccount account) implements AccountOpening {
    }

    record AlreadyOpen(LedgerAccount account) implements AccountOpening {
    }

    record Rejected(Reason reason) implements AccountOpening {
    }

    /** In order of precedence. */
    enum Reason {
        KIND_NOT_FOR_OWNER,
        PARTNER_NOT_FOUND,
        CURRENCY_NOT_PARTNERS
    }
}
