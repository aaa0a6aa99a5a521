package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A ledger account: one owner, one currency, an overdraft rule and TigerBeetle's four counters.
 *
 * <p>Only bounded accounts keep their counters in the account itself. An unbounded (operator) account is touched
 * by a large share of all transfers; keeping a counter row for it would make every transfer wait for that row
 * (STACK.md measured 2.5–5× less throughput), so its counters are derived by adding up its postings when it is
 * read, and the copy handed to a transfer decision carries {@link Balances#ZERO} that the decision never reads.
 *
 * @param lastTransferId the last transfer applied to this (bounded) account: a new transfer's id must be greater,
 *                       which keeps the account's history in the order it was applied across several nodes
 */
public record LedgerAccount(
        LedgerAccountId id,
        AccountOwner owner,
        AccountKind kind,
        Currency currency,
        Overdraft overdraft,
        Balances balances,
        Optional<TransferId> lastTransferId,
        Instant createdAt) {

    public LedgerAccount {
        Require.present(id, "id");
        Require.present(owner, "owner");
        Require.present(kind, "kind");
        Require.present(currency, "currency");
        Require.present(overdraft, "overdraft");
        Require.present(balances, "balances");
        Require.present(lastTransferId, "last transfer id");
        Require.present(createdAt, "created_at");
        if (kind.ownerType() != owner.type()) {
            throw new InvalidValueException("a " + kind.wireName() + " account needs a "
                    + kind.ownerType().name().toLowerCase(java.util.Locale.ROOT) + " owner");
        }
        Require.that(overdraft.isBounded() != kind.isOperatorKind(),
                "operator accounts are unbounded and every other account is bounded");
    }

    /** A new account with no history: bounded ones start with no overdraft, operator ones unbounded. */
    public static LedgerAccount open(AccountOwner owner, AccountKind kind, Currency currency, Instant now) {
        Overdraft overdraft = kind.isOperatorKind() ? Overdraft.unbounded() : Overdraft.none();
        return new LedgerAccount(LedgerAccountId.generate(), owner, kind, currency, overdraft, Balances.ZERO,
                Optional.empty(), now);
    }

    public boolean isBounded() {
        return overdraft.isBounded();
    }

    public Money balance() {
        return Money.ofMinor(balances.balance(), currency);
    }

    public Money available() {
        return Money.ofMinor(balances.available(), currency);
    }

    public Money debitsPending() {
        return Money.ofMinor(balances.debitsPending(), currency);
    }

    /** The overdraft limit as money, or empty when the account is unbounded. */
    public Optional<Money> overdraftLimit() {
        return overdraft instanceof Overdraft.Limited limited
                ? Optional.of(Money.ofMinor(limited.limitMinor(), currency))
                : Optional.empty();
    }

    public LedgerAccount withOverdraft(Overdraft newOverdraft) {
        return new LedgerAccount(id, owner, kind, currency, newOverdraft, balances, lastTransferId, createdAt);
    }

    public LedgerAccount withBalances(Balances newBalances) {
        return new LedgerAccount(id, owner, kind, currency, overdraft, newBalances, lastTransferId, createdAt);
    }

    /** This account with the last transfer recorded in {@code changed} (the same account after a transfer). */
    public LedgerAccount withLastTransfer(LedgerAccount changed) {
        Require.that(changed.id.equals(id), "not the same account");
        return new LedgerAccount(id, owner, kind, currency, overdraft, balances, changed.lastTransferId, createdAt);
    }

    LedgerAccount afterTransfer(Balances newBalances, TransferId transferId) {
        return new LedgerAccount(id, owner, kind, currency, overdraft, newBalances, Optional.of(transferId),
                createdAt);
    }
}
