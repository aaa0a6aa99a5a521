package com.ledgerport.benchmarks;

import com.ledgerport.application.port.in.TransferFundsUseCase;
import com.ledgerport.application.port.in.TransferFundsUseCase.TransferFundsCommand;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.ledger.TransferCode;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.Histogram;

/**
 * Ledgerport itself: the application context bootstrap builds (services, JDBC adapters, Hikari, Flyway) on a
 * fresh database, driven by {@code clients} threads calling {@link TransferFundsUseCase} in a loop — the full
 * path of a transfer below HTTP: decision, locks, SQL, audit, commit.
 */
final class JavaRun {

    private static final CallContext CONTEXT = new CallContext(Actor.operator(), "bench");
    private static final Money CENT = Money.ofMinor(1, Currency.of("EUR"));

    private JavaRun() {
    }

    static Result run(Scenario scenario, int clients, int accounts, Duration warmUp, Duration measured)
            throws Exception {
        try (BenchDatabase database = BenchDatabase.create()) {
            Path dataDir = Files.createTempDirectory("ledgerport-bench");
            try (ApplicationContext context = ApplicationContext.builder()
                    .properties(database.serverProperties(clients, dataDir.toString())).start()) {
                database.seed(accounts);
                TransferFundsUseCase transfers = context.getBean(TransferFundsUseCase.class);
                LedgerAccountId[] ids = new LedgerAccountId[accounts + 1];
                for (int n = 1; n <= accounts; n++) {
                    ids[n] = new LedgerAccountId(BenchDatabase.md5Uuid("a" + n));
                }
                LedgerAccountId revenue = new LedgerAccountId(BenchDatabase.md5Uuid("revenue"));
                load(scenario, transfers, ids, revenue, clients, warmUp);
                try (var connection = database.connect(); var statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                long before = database.count("transfer");
                Result result = load(scenario, transfers, ids, revenue, clients, measured);
                check(database, result, before, accounts);
                return result;
            }
        }
    }

    private static void check(BenchDatabase database, Result result, long before, int accounts) throws Exception {
        long written = database.count("transfer") - before;
        long expectedTotal = accounts * BenchDatabase.OPENING_BALANCE_MINOR;
        if (written != result.transfers() || database.ledgerTotal() != expectedTotal) {
            throw new IllegalStateException("the run does not add up: reported " + result.transfers()
                    + " transfers, wrote " + written + "; ledger total " + database.ledgerTotal());
        }
    }

    private static Result load(Scenario scenario, TransferFundsUseCase transfers, LedgerAccountId[] ids,
            LedgerAccountId revenue, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            List<Histogram> histograms = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Histogram histogram = Result.histogram();
                histograms.add(histogram);
                counts.add(pool.submit(() -> client(scenario, transfers, ids, revenue, deadline, histogram)));
            }
            long done = 0;
            long failed = 0;
            for (Future<long[]> count : counts) {
                done += count.get()[0];
                failed += count.get()[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Histogram all = Result.histogram();
            histograms.forEach(all::add);
            return new Result("Ledgerport", done, failed, seconds, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(Scenario scenario, TransferFundsUseCase transfers, LedgerAccountId[] ids,
            LedgerAccountId revenue, long deadline, Histogram histogram) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int accounts = ids.length - 1;
        long done = 0;
        long failed = 0;
        while (System.nanoTime() < deadline) {
            int a = scenario == Scenario.HOT_PARTNER_ACCOUNT ? 1 : random.nextInt(1, accounts + 1);
            int b = scenario == Scenario.HOT_PARTNER_ACCOUNT ? random.nextInt(2, accounts + 1)
                    : 1 + ((a + random.nextInt(1, accounts) - 1) % accounts);
            LedgerAccountId credit = scenario.creditsOperator() ? revenue : ids[b];
            TransferFundsCommand command = new TransferFundsCommand(IdempotencyKey.of("bench:" + UUID.randomUUID()),
                    ids[a], credit, CENT, TransferCode.TRANSFER, "bench", CONTEXT);
            long began = System.nanoTime();
            TransferResult result = transfers.transfer(command);
            histogram.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
            if (result instanceof TransferResult.Applied) {
                done++;
            } else {
                failed++;
            }
        }
        return new long[] {done, failed};
    }
}
