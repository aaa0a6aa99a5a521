package com.ledgerport.domain.ledger;

import com.ledgerport.domain.ledger.AccountOwner.OwnerType;
import java.util.Locale;

/**
 * What an account is for. The kind fixes the owner type and whether the account is bounded by an overdraft
 * limit: partner balances and customer wallets are; the operator's accounts are unbounded (their balances are
 * the mirror image of everyone else's and may be any amount).
 */
public enum AccountKind {
    /** A partner's balance (seed 002 "balance"): funded by the operator, spent on orders. */
    PARTNER_BALANCE(OwnerType.PARTNER),
    /** A customer's wallet (seed 003). */
    CUSTOMER_WALLET(OwnerType.CUSTOMER),
    /** Where operator money enters the ledger: funding a partner debits it. */
    FUNDING(OwnerType.OPERATOR),
    /** The operator's earnings (order margins, fees). */
    REVENUE(OwnerType.OPERATOR),
    /** Where failed settlements are parked (seed 003). */
    REVERSAL(OwnerType.OPERATOR),
    /** Money on its way out of the ledger (cash-outs) until the payout settles. */
    PAYOUTS_CLEARING(OwnerType.OPERATOR);

    private final OwnerType ownerType;

    AccountKind(OwnerType ownerType) {
        this.ownerType = ownerType;
    }

    public OwnerType ownerType() {
        return ownerType;
    }

    public boolean isOperatorKind() {
        return ownerType == OwnerType.OPERATOR;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
