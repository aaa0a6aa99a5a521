package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.LedgerJson;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The operator API's ledger shapes: snake_case, money as decimal strings in the account's currency. */
final class LedgerViews {

    private LedgerViews() {
    }

    /** {@code {account_id, balance, overdraft_limit, available, currency}} — also seed 002's balance fields. */
    static Map<String, Object> balance(LedgerAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account_id", account.id().toString());
        view.putAll(LedgerJson.balance(account));
        return view;
    }

    static Map<String, Object> account(LedgerAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id().toString());
        view.put("owner_type", account.owner().type().name().toLowerCase(Locale.ROOT));
        view.put("partner_id", account.owner().partnerId().map(PartnerId::toString).orElse(null));
        view.put("kind", account.kind().wireName());
        view.put("currency", account.currency().code());
        view.put("balance", account.balance().toDecimalString());
        view.put("available", account.available().toDecimalString());
        view.put("overdraft_limit", account.overdraftLimit().map(Money::toDecimalString).orElse(null));
        view.put("debits_pending", minor(account.balances().debitsPending(), account));
        view.put("debits_posted", minor(account.balances().debitsPosted(), account));
        view.put("credits_pending", minor(account.balances().creditsPending(), account));
        view.put("credits_posted", minor(account.balances().creditsPosted(), account));
        view.put("created_at", Times.iso(account.createdAt()));
        return view;
    }

    private static String minor(long amount, LedgerAccount account) {
        return Money.ofMinor(amount, account.currency()).toDecimalString();
    }

    static Map<String, Object> transfer(Transfer transfer) {
        return transfer(new TargetTransfer(transfer, Optional.empty()), null);
    }

    /** A transfer with its status: what followed it (post, void, expiry, reversal), as of {@code now}. */
    static Map<String, Object> transfer(TargetTransfer state, Instant now) {
        Transfer transfer = state.transfer();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", transfer.id().toString());
        view.put("idempotency_key", transfer.key().value());
        view.put("kind", transfer.kind().wireName());
        view.put("code", transfer.code().wireName());
        view.put("status", status(state, now));
        view.put("debit_account_id", transfer.debitAccountId().toString());
        view.put("credit_account_id", transfer.creditAccountId().toString());
        view.put("amount", transfer.amount().toDecimalString());
        view.put("currency", transfer.amount().currency().code());
        view.put("pending_id", transfer.pendingId().map(TransferId::toString).orElse(null));
        view.put("reversal_of", transfer.reversalOf().map(TransferId::toString).orElse(null));
        view.put("timeout_seconds", transfer.timeoutSeconds());
        view.put("expires_at", transfer.expiresAt().map(Times::iso).orElse(null));
        view.put("followed_by", state.followUp().map(next -> next.id().toString()).orElse(null));
        view.put("reference", transfer.reference());
        view.put("created_at", Times.iso(transfer.createdAt()));
        return view;
    }

    /**
     * A hold: {@code pending | posted | voided | expired} (expired as soon as its timeout passes, even before the
     * expiry run releases it); a posted transfer: {@code posted | reversed}; a void or expiry: {@code voided} or
     * {@code expired}.
     */
    private static String status(TargetTransfer state, Instant now) {
        TransferKind kind = state.transfer().kind();
        if (kind == TransferKind.PENDING) {
            Instant at = now == null ? state.transfer().createdAt() : now;
            return state.pendingStatus(at).wireName();
        }
        if (kind == TransferKind.VOID_PENDING) {
            return "voided";
        }
        if (kind == TransferKind.EXPIRE_PENDING) {
            return "expired";
        }
        return state.followUp().isPresent() ? "reversed" : "posted";
    }

    static Map<String, Object> balanceTransaction(BalanceTransaction line) {
        return LedgerJson.balanceTransaction(line);
    }
}
