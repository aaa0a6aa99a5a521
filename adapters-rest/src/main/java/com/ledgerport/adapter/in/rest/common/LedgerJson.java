package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ledger shapes shared by the operator API and seed 002: money as decimal strings in the account's currency. */
public final class LedgerJson {

    private LedgerJson() {
    }

    /** {@code {balance, overdraft_limit, available, currency}}: seed 002's balance fields. */
    public static Map<String, Object> balance(LedgerAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", account.balance().toDecimalString());
        view.put("overdraft_limit", account.overdraftLimit().map(Money::toDecimalString).orElse(null));
        view.put("available", account.available().toDecimalString());
        view.put("currency", account.currency().code());
        return view;
    }

    /** One history line: type, signed amount, balance after it, reference, time. */
    public static Map<String, Object> balanceTransaction(BalanceTransaction line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("transfer_id", line.transferId().toString());
        view.put("type", line.type().wireName());
        view.put("amount", line.amount().toDecimalString());
        view.put("balance_after", line.balanceAfter().map(Money::toDecimalString).orElse(null));
        view.put("currency", line.amount().currency().code());
        view.put("reference", line.reference());
        view.put("created_at", Times.iso(line.createdAt()));
        return view;
    }
}
