package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpirePendingTransfersCommand;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpiryRun;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.HoldFundsUseCase.HoldFundsCommand;
import com.ledgerport.application.port.in.OpenAccountUseCase;
import com.ledgerport.application.port.in.OpenAccountUseCase.OpenAccountCommand;
import com.ledgerport.application.port.in.PostPendingTransferUseCase.PostPendingTransferCommand;
import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.application.port.in.TransferFundsUseCase.TransferFundsCommand;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase.VoidPendingTransferCommand;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.AccountKind;
import com.ledgerport.domain.ledger.AccountOwner;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ledger under concurrent load on a real database (H2 by default, PostgreSQL with -Ppostgresql): row locks
 * serialise transfers on one account without a lost update, lock order prevents deadlocks, and unique
 * constraints make duplicates and double settlements apply once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerConcurrencyIT implements TestPropertyProvider {

    static final int THREADS = 16;
    static final Currency EUR = Currency.of("EUR");
    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-concurrency");
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final TestDatabase database = TestDatabase.create();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

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
    AuditLog auditLog;
    @Inject
    LedgerJournal journal;

    private LedgerServiceSet services;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private LedgerServiceSet services() {
        if (services == null) {
            services = new LedgerServiceSet(unitOfWork, partners, accounts, transfers, history, journal, auditLog,
                    clock);
        }
        return services;
    }

    private Partner partner(String name, long fundedMinor, long limitMinor) {
        Partner partner = services().registerPartner.register(new RegisterPartnerCommand(name, EUR, OPERATOR));
        if (fundedMinor > 0) {
            assertInstanceOf(TransferResult.Applied.class, services().fundPartner.fund(
                    new FundPartnerCommand(partner.id(), eur(fundedMinor), "initial", OPERATOR)));
        }
        services().setOverdraftLimit.set(new SetOverdraftLimitCommand(partner.id(), eur(limitMinor), OPERATOR));
        return partner;
    }

    private LedgerAccount balanceOf(Partner partner) {
        return unitOfWork.read(() -> accounts.findByOwner(AccountOwner.partner(partner.id()),
                AccountKind.PARTNER_BALANCE, EUR)).orElseThrow();
    }

    private LedgerAccount revenue() {
        var opening = services().openAccount.open(new OpenAccountCommand(AccountOwner.operator(), AccountKind.REVENUE,
                EUR, OPERATOR));
        LedgerAccount account = opening instanceof OpenAccountUseCase.Opened opened ? opened.account()
                : ((OpenAccountUseCase.AlreadyOpen) opening).account();
        return unitOfWork.read(() -> accounts.find(account.id())).orElseThrow();
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    private TransferResult move(LedgerAccount debit, LedgerAccount credit, long minor) {
        return services().transferFunds.transfer(new TransferFundsCommand(IdempotencyKey.of("c:" + UUID.randomUUID()),
                debit.id(), credit.id(), eur(minor), TransferCode.TRANSFER, "load", OPERATOR));
    }

    /** Runs the tasks at once (released together) and answers their results; any exception fails the test. */
    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), THREADS));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<BalanceTransaction> wholeHistory(LedgerAccount account) {
        List<BalanceTransaction> lines = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.LIMIT_MAX);
        while (true) {
            PageRequest current = request;
            Page<BalanceTransaction> page = unitOfWork.read(() -> history.page(account.id(), current));
            lines.addAll(page.items());
            if (page.nextAfter().isEmpty()) {
                return lines;
            }
            request = new PageRequest(page.nextAfter(), PageRequest.LIMIT_MAX);
        }
    }

    @Test
    void sixteen_threads_of_debits_on_one_account_apply_exactly_as_many_as_balance_and_limit_allow() throws Exception {
        Partner partner = partner("Hot Account", 100_000, 50_000);
        LedgerAccount account = balanceOf(partner);
        LedgerAccount revenue = revenue();
        int perThread = 200;
        long allowed = (100_000 + 50_000) / 100;

        List<Callable<List<TransferResult>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                List<TransferResult> results = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    results.add(move(account, revenue, 100));
                }
                return results;
            });
        }
        List<TransferResult> results = concurrently(tasks).stream().flatMap(List::stream).toList();

        assertEquals(allowed, results.stream().filter(TransferResult.Applied.class::isInstance).count());
        assertTrue(results.stream().filter(TransferResult.Rejected.class::isInstance).allMatch(
                r -> ((TransferResult.Rejected) r).reason() == TransferRejection.EXCEEDS_OVERDRAFT_LIMIT));
        LedgerAccount after = balanceOf(partner);
        assertEquals(eur(-50_000), after.balance());
        assertEquals(eur(-50_000), after.available());
        List<BalanceTransaction> lines = wholeHistory(account);
        assertEquals(allowed + 1, lines.size(), "the funding and one line per applied debit");
        long running = 0;
        for (BalanceTransaction line : lines) {
            running += line.amount().minor();
            assertEquals(Optional.of(eur(running)), line.balanceAfter(), "lines in the order they were applied");
        }
        LedgerAccount revenueAfter = unitOfWork.read(() -> accounts.find(revenue.id())).orElseThrow();
        assertEquals(allowed * 100, revenueAfter.balance().minor() - revenue.balance().minor());
    }

    @Test
    void transfers_in_opposite_directions_finish_without_deadlock_and_add_up() throws Exception {
        LedgerAccount left = balanceOf(partner("Left", 100_000, 0));
        LedgerAccount right = balanceOf(partner("Right", 100_000, 0));
        int perThread = 150;

        List<Callable<Long>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean leftToRight = t % 2 == 0;
            tasks.add(() -> {
                long moved = 0;
                for (int i = 0; i < perThread; i++) {
                    long minor = 1 + (i % 7);
                    TransferResult result = leftToRight ? move(left, right, minor) : move(right, left, minor);
                    assertInstanceOf(TransferResult.Applied.class, result);
                    moved += leftToRight ? minor : -minor;
                }
                return moved;
            });
        }
        long netLeftToRight = concurrently(tasks).stream().mapToLong(Long::longValue).sum();

        assertEquals(eur(100_000 - netLeftToRight), balanceOf(new PartnerOf(left).partner()).balance());
        assertEquals(eur(100_000 + netLeftToRight), unitOfWork.read(() -> accounts.find(right.id())).orElseThrow()
                .balance());
        assertEquals(1 + THREADS * perThread, wholeHistory(left).size());
    }

    private record PartnerOf(LedgerAccount account) {
        Partner partner() {
            return new Partner(account.owner().partnerId().orElseThrow(), "x", EUR,
                    com.ledgerport.domain.partner.PartnerStatus.ACTIVE, Instant.EPOCH);
        }
    }

    @Test
    void concurrent_funding_with_one_reference_moves_money_once() throws Exception {
        Partner partner = partner("Funded Once", 0, 0);
        List<Callable<TransferResult>> same = new ArrayList<>();
        List<Callable<TransferResult>> differing = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            same.add(() -> services().fundPartner.fund(new FundPartnerCommand(partner.id(), eur(25_000), "wire-42",
                    OPERATOR)));
            long minor = 1_000 + t;
            differing.add(() -> services().fundPartner.fund(new FundPartnerCommand(partner.id(), eur(minor),
                    "wire-43", OPERATOR)));
        }

        List<TransferResult> results = concurrently(same);
        List<Transfer> applied = results.stream().filter(TransferResult.Applied.class::isInstance)
                .map(r -> ((TransferResult.Applied) r).transfer()).toList();
        assertEquals(1, applied.size());
        assertTrue(results.stream().filter(r -> !(r instanceof TransferResult.Applied)).allMatch(
                r -> r.equals(new TransferResult.AlreadyApplied(applied.get(0)))));
        assertEquals(eur(25_000), balanceOf(partner).balance());

        List<TransferResult> conflicting = concurrently(differing);
        List<Transfer> winners = conflicting.stream().filter(TransferResult.Applied.class::isInstance)
                .map(r -> ((TransferResult.Applied) r).transfer()).toList();
        assertEquals(1, winners.size());
        assertTrue(conflicting.stream().filter(TransferResult.Rejected.class::isInstance).allMatch(
                r -> ((TransferResult.Rejected) r).reason() == TransferRejection.EXISTS_WITH_DIFFERENT_AMOUNT));
        assertEquals(eur(25_000).plus(winners.get(0).amount()), balanceOf(partner).balance());
    }

    @Test
    void racing_posts_and_voids_settle_each_hold_exactly_once() throws Exception {
        Partner partner = partner("Holder", 100_000, 0);
        LedgerAccount account = balanceOf(partner);
        LedgerAccount revenue = revenue();
        int holds = 24;
        List<Callable<TransferResult>> tasks = new ArrayList<>();
        for (int i = 0; i < holds; i++) {
            Transfer hold = ((TransferResult.Applied) services().holdFunds.hold(new HoldFundsCommand(
                    IdempotencyKey.of("h:" + UUID.randomUUID()), account.id(), revenue.id(), eur(1_000), 0,
                    TransferCode.TRANSFER, "order", OPERATOR))).transfer();
            tasks.add(() -> services().postPending.post(new PostPendingTransferCommand(
                    IdempotencyKey.of("p:" + hold.id()), hold.id(), Optional.of(eur(400)), OPERATOR)));
            tasks.add(() -> services().voidPending.voidPending(new VoidPendingTransferCommand(
                    IdempotencyKey.of("v:" + hold.id()), hold.id(), OPERATOR)));
        }

        List<TransferResult> results = concurrently(tasks);
        int posted = 0;
        for (int i = 0; i < holds; i++) {
            TransferResult post = results.get(2 * i);
            TransferResult voided = results.get(2 * i + 1);
            assertTrue(post instanceof TransferResult.Applied ^ voided instanceof TransferResult.Applied,
                    "exactly one of " + post + " and " + voided);
            posted += post instanceof TransferResult.Applied ? 1 : 0;
        }
        LedgerAccount after = balanceOf(partner);
        assertEquals(0, after.balances().debitsPending());
        assertEquals(eur(100_000 - 400L * posted), after.balance());
    }

    @Test
    void several_expiry_runs_at_once_expire_each_due_hold_once() throws Exception {
        Partner partner = partner("Expiring", 100_000, 0);
        LedgerAccount account = balanceOf(partner);
        LedgerAccount revenue = revenue();
        int holds = 30;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < holds; i++) {
            String key = "e:" + UUID.randomUUID();
            keys.add(key);
            assertInstanceOf(TransferResult.Applied.class, services().holdFunds.hold(new HoldFundsCommand(
                    IdempotencyKey.of(key), account.id(), revenue.id(), eur(100), 5, TransferCode.TRANSFER, "",
                    OPERATOR)));
        }
        clock.advance(Duration.ofSeconds(5));
        CallContext system = new CallContext(Actor.system(), "expiry");

        List<Callable<ExpiryRun>> nodes = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            nodes.add(() -> services().expirePending.expireDue(new ExpirePendingTransfersCommand(100, system)));
        }
        List<ExpiryRun> runs = concurrently(nodes);

        assertEquals(holds, runs.stream().mapToInt(ExpiryRun::expired).sum(), runs.toString());
        LedgerAccount after = balanceOf(partner);
        assertEquals(0, after.balances().debitsPending());
        assertEquals(after.balance(), after.available());
        assertEquals(keys.size(), holds);
    }
}
