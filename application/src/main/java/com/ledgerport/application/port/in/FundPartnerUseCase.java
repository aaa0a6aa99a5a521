package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;

/**
 * The operator funds a partner: a transfer from the operator's funding account (in the partner's currency,
 * opened on first need) to the partner's balance. The reference is the idempotency key: the same reference again
 * answers the first transfer ({@code AlreadyApplied}); with another amount it is refused
 * ({@code EXISTS_WITH_DIFFERENT_AMOUNT}). An unknown partner is {@code CREDIT_ACCOUNT_NOT_FOUND}; an amount in
 * another currency than the partner's is {@code CURRENCY_MISMATCH}.
 */
public interface FundPartnerUseCase {

    TransferResult fund(FundPartnerCommand command);

    record FundPartnerCommand(PartnerId partnerId, Money amount, String reference, CallContext context) {

        public FundPartnerCommand {
            Require.present(partnerId, "partner id");
            Require.present(amount, "amount");
            Require.text(reference, "reference", Transfer.REFERENCE_LENGTH_MAX);
            Require.present(context, "context");
        }
    }
}
