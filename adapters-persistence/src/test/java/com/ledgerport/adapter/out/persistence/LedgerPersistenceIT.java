package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.LedgerJournal.Posting;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
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
    @Inject
    LedgerJournal journal;
    @Inject
    AuditLog auditLog;

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
        return record(new Posting(List.of(transfer), List.of(), List.of(), List.of()));
    }

    /** As the application does: a refused posting abandons (rolls back) its unit of work. */
    private boolean record(Posting posting) {
        try {
            return unitOfWork.write(() -> {
                if (!journal.record(posting)) {
                    throw new Refused();
                }
                return true;
            });
        } catch (Refused refused) {
            return false;
        }
    }

    private static final class Refused extends RuntimeException {
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
    void records_counters_lines_and_audit_with_the_transfer_and_limits_of_bounded_accounts_only() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount revenue = operatorAccount(AccountKind.REVENUE, EUR);
        Transfer transfer = transfer(TransferKind.SINGLE_PHASE, partner, revenue, 300, Optional.empty(),
                Optional.empty(), 0);
        LedgerAccount changed = new LedgerAccount(partner.id(), partner.owner(), partner.kind(), EUR,
                partner.overdraft(), new Balances(1, 2, 3, 4), Optional.of(transfer.id()), partner.createdAt());
        List<BalanceTransaction> lines = List.of(line(partner, transfer.id(), Money.ofMinor(-300, EUR)),
                line(revenue, transfer.id(), Money.ofMinor(300, EUR)));
        AuditRecord audit = AuditRecord.of(new CallContext(Actor.operator(), "it-journal"), now(),
                partner.owner().partnerId(), "ledger.transfer", transfer.id().toString(), AuditRecord.SUCCEEDED);

        assertTrue(record(new Posting(List.of(transfer), List.of(changed), lines, List.of(audit))));
        assertEquals(Optional.of(changed), unitOfWork.read(() -> accounts.find(partner.id())));
        assertEquals(lines.subList(0, 1), unitOfWork.read(() -> history.page(partner.id(), PageRequest.first(5)))
                .items());
        assertEquals(List.of(audit), unitOfWork.read(() -> auditLog.page(new AuditLog.Filter(Optional.empty(),
                Optional.of("ledger.transfer"), Optional.empty(), Optional.empty()), PageRequest.first(5))).items()
                .stream().filter(r -> r.target().equals(transfer.id().toString())).toList());

        assertTrue(unitOfWork.write(() -> accounts.setOverdraft(partner.id(), new Overdraft.Limited(5_000))));
        assertFalse(unitOfWork.write(() -> accounts.setOverdraft(revenue.id(), new Overdraft.Limited(5_000))));
        assertEquals(Optional.of(Money.ofMinor(5_000, EUR)),
                unitOfWork.read(() -> accounts.find(partner.id())).orElseThrow().overdraftLimit());
    }

    @Test
    void refuses_to_write_counters_to_an_account_that_keeps_none() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount revenue = operatorAccount(AccountKind.REVENUE, EUR);
        LedgerAccount posingAsBounded = new LedgerAccount(revenue.id(), partner.owner(), partner.kind(), EUR,
                Overdraft.none(), new Balances(0, 0, 0, 1), Optional.empty(), revenue.createdAt());
        Transfer transfer = transfer(TransferKind.SINGLE_PHASE, partner, revenue, 1, Optional.empty(),
                Optional.empty(), 0);

        assertThrows(IllegalStateException.class,
                () -> record(new Posting(List.of(transfer), List.of(posingAsBounded), List.of(), List.of())));
        assertTrue(unitOfWork.read(() -> transfers.find(transfer.id())).isEmpty(), "nothing of it was kept");
    }

    @Test
    void a_posting_whose_transfer_is_taken_is_refused_and_the_rollback_keeps_none_of_it() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount other = partnerAccount();
        Transfer first = transfer(TransferKind.SINGLE_PHASE, partner, other, 10, Optional.empty(), Optional.empty(),
                0);
        assertTrue(add(first));
        Transfer sameKey = new Transfer(TransferId.generate(), first.key(), TransferKind.SINGLE_PHASE,
                TransferCode.TRANSFER, partner.id(), other.id(), Money.ofMinor(10, EUR), Optional.empty(),
                Optional.empty(), 0, "ref", now());
        LedgerAccount changed = partner.withBalances(new Balances(0, 10, 0, 0));

        assertThrows(IllegalStateException.class, () -> unitOfWork.write(() -> {
            if (!journal.record(new Posting(List.of(sameKey), List.of(changed),
                    List.of(line(partner, sameKey.id(), Money.ofMinor(-10, EUR))), List.of()))) {
                throw new IllegalStateException("taken: the caller abandons the unit of work");
            }
            return null;
        }));
        assertEquals(Balances.ZERO, unitOfWork.read(() -> accounts.find(partner.id())).orElseThrow().balances());
        assertTrue(unitOfWork.read(() -> history.page(partner.id(), PageRequest.first(5))).items().isEmpty());
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
                unitOfWork.read(() -> transfers.findByKeys(
                        List.of(hold.key(), post.key(), IdempotencyKey.of("none")))));
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
        Transfer out = chf(TransferKind.SINGLE_PHASE, funding, partner, 10_000);
        Transfer in = chf(TransferKind.SINGLE_PHASE, partner, funding, 2_500);
        Transfer hold = chf(TransferKind.PENDING, funding, partner, 700);
        assertTrue(record(new Posting(List.of(out, in, hold), List.of(), List.of(
                line(funding, out.id(), out.amount().negate()), line(funding, in.id(), in.amount())), List.of())));

        LedgerAccount derived = unitOfWork.read(() -> accounts.find(funding.id())).orElseThrow();
        assertEquals(new Balances(700, 10_000, 0, 2_500), derived.balances());
        assertEquals(Money.ofMinor(-7_500, currency), derived.balance());
    }

    private static Transfer chf(TransferKind kind, LedgerAccount debit, LedgerAccount credit, long minor) {
        return new Transfer(TransferId.generate(), IdempotencyKey.of("it:" + UUID.randomUUID()), kind,
                TransferCode.TRANSFER, debit.id(), credit.id(), Money.ofMinor(minor, Currency.of("CHF")),
                Optional.empty(), Optional.empty(), 0, "", now());
    }

    private static BalanceTransaction line(LedgerAccount account, TransferId transferId, Money amount) {
        return new BalanceTransaction(account.id(), transferId, TransferCode.FUNDING, amount,
                account.isBounded() ? Optional.of(amount) : Optional.empty(), "wire", now());
    }

    @Test
    void pages_an_accounts_history_in_transfer_order_without_gaps_or_repeats() {
        LedgerAccount partner = partnerAccount();
        LedgerAccount other = partnerAccount();
        List<Transfer> moves = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            moves.add(transfer(TransferKind.SINGLE_PHASE, other, partner, 100, Optional.empty(), Optional.empty(),
                    0));
        }
        List<BalanceTransaction> lines = moves.stream().map(t -> line(partner, t.id(), Money.ofMinor(100, EUR)))
                .toList();
        assertTrue(record(new Posting(moves, List.of(), lines, List.of())));
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
        assertEquals(moves.stream().map(Transfer::id).toList(), seen);
        BalanceTransaction stored = unitOfWork.read(() -> history.page(partner.id(), PageRequest.first(1)))
                .items().get(0);
        assertEquals(lines.get(0), stored, "a history line reads back exactly");
    }
}
