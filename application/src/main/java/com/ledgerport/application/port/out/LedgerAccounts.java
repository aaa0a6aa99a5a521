package com.ledgerport.application.port.out;

import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's accounts. Accounts are never deleted, and an account's owner, kind, currency and boundedness never
 * change; only a bounded account's overdraft limit and counters do (the counters through {@link LedgerJournal}).
 */
public interface LedgerAccounts {

    /** Most accounts one partner holds (one balance per currency, plus its customers' wallets later). */
    int PARTNER_ACCOUNTS_MAX = 100;

    /** Adds the account unless one with the same owner, kind and currency exists; answers whether it was added. */
    boolean addIfAbsent(LedgerAccount account);

    /**
     * The account with its current counters. An unbounded account's counters are derived from its postings and
     * open holds at the time of the call.
     */
    Optional<LedgerAccount> find(LedgerAccountId id);

    /** Who owns each of these accounts (unknown ones are left out); cheap, whatever the accounts' histories. */
    Map<LedgerAccountId, AccountOwner> ownersOf(Collection<LedgerAccountId> ids);

    Optional<LedgerAccount> findByOwner(AccountOwner owner, AccountKind kind, Currency currency);

    /** The accounts the partner itself owns, oldest first, at most {@code limit}. */
    List<LedgerAccount> listByPartner(PartnerId partnerId, int limit);

    /**
     * Locks the bounded accounts among {@code ids}, in id order, until the unit of work ends, and answers every
     * one of {@code ids} that exists. Unbounded accounts are read without a lock (nothing about them that a
     * transfer decision reads can change) and carry zero counters, which the decision does not read: locking
     * them would make every transfer that touches an operator account wait for the others.
     */
    Map<LedgerAccountId, LedgerAccount> lockForTransfer(Collection<LedgerAccountId> ids);

    /** Sets a bounded account's overdraft limit; answers false when there is no such bounded account. */
    boolean setOverdraft(LedgerAccountId id, Overdraft.Limited overdraft);
}
