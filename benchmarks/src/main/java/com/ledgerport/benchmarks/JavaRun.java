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
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** Keys are made like pgbench's ({@code 'bench:' || k1 || '-' || k2}, two random numbers below this). */
    private static final long KEY_BOUND = 9_000_000_000_000_000_000L;
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final Duration JIT_WINDOW = Duration.ofSeconds(5);
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
                Duration warmedUp = warmUp(scenario, transfers, ids, revenue, clients, warmUp);
                try (var connection = database.connect(); var statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                long before = database.count("transfer");
                CpuTime cpu = CpuTime.start(database.name, ProcessHandle.current().pid());
                long compiling = JIT.getTotalCompilationTime();
                Result result = load(scenario, transfers, ids, revenue, clients, measured);
                System.out.printf(Locale.ROOT, "%-22s %-14s CPU: %s; calling threads %.0f µs per transfer; "
                        + "warm-up %d s; JIT compiling %d ms while measured%n", scenario.name(), result.system(),
                        cpu.stop().describe(result.throughput()),
                        clientCpuNanos / 1e3 / Math.max(1, result.transfers()), warmedUp.toSeconds(),
                        JIT.getTotalCompilationTime() - compiling);
                check(database, result, before, accounts);
                return result;
            }
        }
    }

    /**
     * At least {@code minimum}, then on in windows of {@link #JIT_WINDOW} until the JIT compilers worked less than
     * 5 % of each of two windows in a row (at most {@code bench.warmup.max} seconds, 120 by default): in a fresh JVM
     * on this 2-core machine, C2 was still compiling the transfer path after 15–30 s, so the first scenario measured
     * the JVM's warm-up (its CPU per transfer fell by half in the next round). pgbench has nothing to warm.
     */
    private static Duration warmUp(Scenario scenario, TransferFundsUseCase transfers, LedgerAccountId[] ids,
            LedgerAccountId revenue, int clients, Duration minimum) throws Exception {
        long start = System.nanoTime();
        load(scenario, transfers, ids, revenue, clients, minimum);
        long limit = start + Duration.ofSeconds(Integer.getInteger("bench.warmup.max", 120)).toNanos();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() + JIT_WINDOW.toNanos() <= limit) {
            long compiling = JIT.getTotalCompilationTime();
            load(scenario, transfers, ids, revenue, clients, JIT_WINDOW);
            quiet = JIT.getTotalCompilationTime() - compiling < JIT_WINDOW.toMillis() / 20 ? quiet + 1 : 0;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void check(BenchDatabase database, Result result, long before, int accounts) throws Exception {
        long written = database.count("transfer") - before;
        long expectedTotal = accounts * BenchDatabase.OPENING_BALANCE_MINOR;
        if (written != result.transfers() || database.ledgerTotal() != expectedTotal) {
            throw new IllegalStateException("the run does not add up: reported " + result.transfers()
                    + " transfers, wrote " + written + "; ledger total " + database.ledgerTotal());
        }
    }

    /** CPU time of the client threads of the last {@link #load} (the transfer path, without JIT and GC). */
    private static long clientCpuNanos;

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
            long cpu = 0;
            for (Future<long[]> count : counts) {
                done += count.get()[0];
                failed += count.get()[1];
                cpu += count.get()[2];
            }
            clientCpuNanos = cpu;
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
            IdempotencyKey key = IdempotencyKey.of("bench:" + random.nextLong(1, KEY_BOUND) + "-"
                    + random.nextLong(1, KEY_BOUND));
            TransferFundsCommand command = new TransferFundsCommand(key,
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
        // The pool's threads are new for each load, so this is the CPU this client spent on it.
        return new long[] {done, failed, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()};
    }
}
