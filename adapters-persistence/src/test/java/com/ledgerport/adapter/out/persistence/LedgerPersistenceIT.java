package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.Balances;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.Overdraft;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferKind;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every ledger statement against a real database: H2 by default, PostgreSQL with -Ppostgresql. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPersistenceIT implements TestPropertyProvider {

    static final Currency EUR = Currency.of("EUR");

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    LedgerAccounts accounts;
    @Inject
    Transfers transfers;
    @Inject
    BalanceTransactions history;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private LedgerAccount partnerAccount() {
        Partner partner = Partner.register("Ledger Co", EUR, now());
        LedgerAccount account = LedgerAccount.open(AccountOwner.partner(partner.id()), AccountKind.PARTNER_BALANCE,
                EUR, now());
        unitOfWork.write(() -> {
            partners.add(partner);
            assertTrue(accounts.addIfAbsent(account));
            return null;
        });
        return account;
    }

    private LedgerAccount operatorAccount(AccountKind kind, Currency currency) {
        LedgerAccount candidate = LedgerAccount.open(AccountOwner.operator(), kind, currency, now());
        return unitOfWork.write(() -> {
            accounts.addIfAbsent(candidate);
            return accounts.findByOwner(AccountOwner.operator(), kind, currency).orElseThrow();
        });
    }

    private Transfer transfer(TransferKind kind, LedgerAccount debit, LedgerAccount credit, long minor,
            Optional<TransferId> pendingId, Optional<TransferId> reversalOf, long timeoutSeconds) {
        return new Transfer(TransferId.generate(), IdempotencyKey.of("it:" + UUID.randomUUID()), kind,
                TransferCode.TRANSFER, debit.id(), credit.id(), Money.ofMinor(minor, EUR), pendingId, reversalOf,
                timeoutSeconds, "ref", now());
    }

    private boolean add(Transfer transfer) {
        return unitOfWork.write(() -> transfers.addIfAbsent(transfer));
    }

    @Test
    void stores_an_account_once_per_owner_kind_and_currency_and_reads_it_back_exactly() {
        LedgerAccount account = partnerAccount();
        LedgerAccount twin = LedgerAccount.open(account.owner(), account.kind(), EUR, now());

        assertFalse(unitOfWork.write(() -> accounts.addIfAbsent(twin)));
        assertEquals(Optional.of(account), unitOfWork.read(() -> accounts.find(account.id())));
        assertEquals(Optional.of(account), unitOfWork.read(() -> accounts.findByOwner(account.owner(),
                AccountKind.PARTNER_BALANCE, EUR)));
        PartnerIdOf partner = new PartnerIdOf(account);
        assertEquals(List.of(account), unitOfWork.read(() -> accounts.listByPartner(partner.id(), 10)));
        assertEquals(Map.of(account.id(), account.owner()),
                unitOfWork.read(() -> accounts.ownersOf(List.of(account.id(), LedgerAccountId.generate()))));
    }

    private record PartnerIdOf(LedgerAccount account) {
        com.ledgerport.domain.partner.PartnerId id() {
            return account.owner().partnerId().orElseThrow();
        }
    }

    @Test
    void locks_bounded_accounts_reads_unbounded_ones_and_skips_unknown_ids() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount revenue = operatorAccount(AccountKind.REVENUE, EUR);
        LedgerAccountId ghost = LedgerAccountId.generate();

        Map<LedgerAccountId, LedgerAccount> locked =
                unitOfWork.write(() -> accounts.lockForTransfer(List.of(revenue.id(), ghost, partner.id())));
        assertEquals(Set.of(partner.id(), revenue.id()), locked.keySet());
        assertEquals(Balances.ZERO, locked.get(revenue.id()).balances());
        assertTrue(locked.get(partner.id()).isBounded());
    }

    @Test
    void saves_counters_and_limits_of_bounded_accounts_only() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount revenue = operatorAccount(AccountKind.REVENUE, EUR);
        TransferId last = TransferId.generate();
        LedgerAccount changed = partner.withBalances(new Balances(1, 2, 3, 4)).withLastTransfer(
                new LedgerAccount(partner.id(), partner.owner(), partner.kind(), EUR, partner.overdraft(),
                        partner.balances(), Optional.of(last), partner.createdAt()));

        unitOfWork.write(() -> {
            accounts.saveBalances(List.of(changed));
            return null;
        });
        assertEquals(Optional.of(changed), unitOfWork.read(() -> accounts.find(partner.id())));
        assertTrue(unitOfWork.write(() -> accounts.setOverdraft(partner.id(), new Overdraft.Limited(5_000))));
        assertFalse(unitOfWork.write(() -> accounts.setOverdraft(revenue.id(), new Overdraft.Limited(5_000))));
        assertEquals(Optional.of(Money.ofMinor(5_000, EUR)),
                unitOfWork.read(() -> accounts.find(partner.id())).orElseThrow().overdraftLimit());
        assertThrows(IllegalStateException.class, () -> unitOfWork.write(() -> {
            accounts.saveBalances(List.of(revenue));
            return null;
        }), "an unbounded account keeps no counters");
    }

    @Test
    void inserts_a_transfer_once_per_key_settlement_and_reversal() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount other = partnerAccount();
        Transfer hold = transfer(TransferKind.PENDING, partner, other, 500, Optional.empty(), Optional.empty(), 60);
        assertTrue(add(hold));
        Transfer sameKey = new Transfer(TransferId.generate(), hold.key(), TransferKind.SINGLE_PHASE,
                TransferCode.TRANSFER, partner.id(), other.id(), Money.ofMinor(1, EUR), Optional.empty(),
                Optional.empty(), 0, "", now());
        assertFalse(add(sameKey));

        Transfer post = transfer(TransferKind.POST_PENDING, partner, other, 200, Optional.of(hold.id()),
                Optional.empty(), 0);
        Transfer voiding = transfer(TransferKind.VOID_PENDING, partner, other, 500, Optional.of(hold.id()),
                Optional.empty(), 0);
        assertTrue(add(post));
        assertFalse(add(voiding), "a hold is settled once");
        assertEquals(new TargetTransfer(hold, Optional.of(post)),
                unitOfWork.read(() -> transfers.findWithFollowUp(hold.id())).orElseThrow());

        Transfer reversal = transfer(TransferKind.REVERSAL, other, partner, 200, Optional.empty(),
                Optional.of(post.id()), 0);
        assertTrue(add(reversal));
        assertFalse(add(transfer(TransferKind.REVERSAL, other, partner, 200, Optional.empty(), Optional.of(post.id()),
                0)), "a transfer is reversed once");
        assertEquals(new TargetTransfer(post, Optional.of(reversal)),
                unitOfWork.read(() -> transfers.findWithFollowUp(post.id())).orElseThrow());
        assertEquals(Map.of(hold.key(), hold, post.key(), post),
                unitOfWork.read(() -> transfers.findByKeys(List.of(hold.key(), post.key(), IdempotencyKey.of("none")))));
        assertEquals(Optional.of(reversal), unitOfWork.read(() -> transfers.find(reversal.id())));
    }

    @Test
    void an_open_hold_is_due_for_expiry_at_its_timeout_until_it_is_settled() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount other = partnerAccount();
        Transfer hold = transfer(TransferKind.PENDING, partner, other, 500, Optional.empty(), Optional.empty(), 60);
        Transfer forever = transfer(TransferKind.PENDING, partner, other, 500, Optional.empty(), Optional.empty(), 0);
        assertTrue(add(hold));
        assertTrue(add(forever));
        Instant due = hold.expiresAt().orElseThrow();

        assertFalse(unitOfWork.read(() -> transfers.dueForExpiry(due.minusMillis(1), 1_000)).contains(hold.id()));
        assertTrue(unitOfWork.read(() -> transfers.dueForExpiry(due, 1_000)).contains(hold.id()));
        assertTrue(add(transfer(TransferKind.EXPIRE_PENDING, partner, other, 500, Optional.of(hold.id()),
                Optional.empty(), 0)));
        List<TransferId> after = unitOfWork.read(() -> transfers.dueForExpiry(due.plusSeconds(3_600), 1_000));
        assertFalse(after.contains(hold.id()));
        assertFalse(after.contains(forever.id()), "a hold without timeout never expires");
    }

    @Test
    void derives_an_unbounded_accounts_counters_from_its_history_and_open_holds() {
        Currency currency = Currency.of("CHF");
        LedgerAccount funding = operatorAccount(AccountKind.FUNDING, currency);
        LedgerAccount partner = partnerAccount();
        TransferId first = TransferId.generate();
        TransferId second = TransferId.generate();
        Money hundred = Money.ofMinor(10_000, currency);
        unitOfWork.write(() -> {
            history.append(List.of(
                    line(funding, first, hundred.negate()), line(funding, second, Money.ofMinor(2_500, currency))));
            return null;
        });
        Transfer hold = new Transfer(TransferId.generate(), IdempotencyKey.of("it:" + UUID.randomUUID()),
                TransferKind.PENDING, TransferCode.TRANSFER, funding.id(), partner.id(), Money.ofMinor(700, currency),
                Optional.empty(), Optional.empty(), 0, "", now());
        assertTrue(add(hold));

        LedgerAccount derived = unitOfWork.read(() -> accounts.find(funding.id())).orElseThrow();
        assertEquals(new Balances(700, 10_000, 0, 2_500), derived.balances());
        assertEquals(Money.ofMinor(-7_500, currency), derived.balance());
    }

    private static BalanceTransaction line(LedgerAccount account, TransferId transferId, Money amount) {
        return new BalanceTransaction(account.id(), transferId, TransferCode.FUNDING, amount,
                account.isBounded() ? Optional.of(amount) : Optional.empty(), "wire", now());
    }

    @Test
    void pages_an_accounts_history_in_transfer_order_without_gaps_or_repeats() {
        LedgerAccount partner = partnerAccount();
        List<TransferId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(TransferId.generate());
        }
        List<BalanceTransaction> lines = ids.stream().map(id -> line(partner, id, Money.ofMinor(100, EUR))).toList();
        unitOfWork.write(() -> {
            history.append(lines);
            return null;
        });
        List<TransferId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            PageRequest current = request;
            Page<BalanceTransaction> page = unitOfWork.read(() -> history.page(partner.id(), current));
            page.items().forEach(line -> seen.add(line.transferId()));
            if (page.nextAfter().isEmpty()) {
                break;
            }
            request = new PageRequest(page.nextAfter(), 3);
        }
        assertEquals(ids, seen);
        BalanceTransaction stored = unitOfWork.read(() -> history.page(partner.id(), PageRequest.first(1)))
                .items().get(0);
        assertEquals(lines.get(0), stored, "a history line reads back exactly");
    }
}
