package com.ledgerport.benchmarks;

import com.ledgerport.application.port.in.CreateOrderUseCase;
import com.ledgerport.application.port.in.CreateOrderUseCase.CreateOrderCommand;
import com.ledgerport.application.port.in.CreateOrderUseCase.Created;
import com.ledgerport.application.port.in.CreateOrderUseCase.OrderCreation;
import com.ledgerport.application.port.in.CreateOrderUseCase.Replayed;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.IssueSigningSecretCommand;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.VerifyRequestSignatureCommand;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.order.OrderItem;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;

/**
 * Signed orders per second on PostgreSQL: Ledgerport's signature check and order creation (the use cases the
 * {@code POST /v1/partner/orders} controller calls, below HTTP) beside pgbench running the same SQL, each on a
 * fresh database. Three measurements per side: throughput at saturation ({@code bench.clients} closed-loop
 * clients), latency at half that throughput (open loop: requests start on a fixed schedule and latency counts from
 * the scheduled start), and the replay path (the same request again). Settings: {@code bench.clients} (16),
 * {@code bench.partners} (1000), {@code bench.warmup} (10 s), {@code bench.seconds} (20 s),
 * {@code bench.rounds} (3), {@code bench.pg.host}/{@code port}/{@code user}. Prints a Markdown table
 * (docs/performance.md).
 */
public final class OrderBenchmark {

    private static final CallContext CONTEXT = new CallContext(Actor.system(), "bench");
    private static final SkuId SKU = new SkuId(BenchDatabase.md5Uuid("sku"));
    private static final int REPLAYS = 20_000;

    private OrderBenchmark() {
    }

    /** One client request; answers whether it did what was expected (created / replayed). */
    private interface Request {
        boolean run(long sequence);
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        int partners = Integer.getInteger("bench.partners", 1_000);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
        Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        int rounds = Integer.getInteger("bench.rounds", 3);
        System.out.printf(Locale.ROOT, "Ledgerport order benchmark: %d clients, %d partners, %ds warm-up, %ds "
                + "measured, %d rounds; JVM %s %s; %d CPUs%n", clients, partners, warmUp.toSeconds(),
                measured.toSeconds(), rounds, Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().availableProcessors());
        // Both sides are set up first and then measured in alternation, round after round, so that both see the
        // same background load (the machine is shared): each row of the table is one round.
        try (LedgerportSide ledgerport = new LedgerportSide(clients, partners);
                PgbenchSide pgbench = new PgbenchSide(clients, partners)) {
            ledgerport.closedLoop(ledgerport.create, warmUp);
            pgbench.run(pgbench.create, warmUp, Optional.empty());
            List<String> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Result mine = ledgerport.closedLoop(ledgerport.create, measured);
                print("Ledgerport create, saturated", mine);
                Result theirs = pgbench.run(pgbench.create, measured, Optional.empty());
                print("pgbench create, saturated", theirs);
                Result mineHalf = ledgerport.openLoop(ledgerport.create, mine.throughput() / 2, measured);
                print("Ledgerport create, half load", mineHalf);
                Result theirsHalf = pgbench.run(pgbench.create, measured, Optional.of(theirs.throughput() / 2));
                print("pgbench create, half load", theirsHalf);
                Result mineReplay = ledgerport.closedLoop(ledgerport.replay(), measured);
                print("Ledgerport replay, saturated", mineReplay);
                Result theirsReplay = pgbench.run(pgbench.replay, measured, Optional.empty());
                print("pgbench replay, saturated", theirsReplay);
                rows.add(row(round, "create, saturated", mine, theirs));
                rows.add(row(round, "create, half load", mineHalf, theirsHalf));
                rows.add(row(round, "replay, saturated", mineReplay, theirsReplay));
            }
            System.out.println();
            System.out.println("| round | path | Ledgerport /s | p50 ms | p99 ms | pgbench /s | p50 ms | p99 ms | ratio |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
        }
    }

    private static String row(int round, String path, Result mine, Result theirs) {
        return String.format(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f× |", round, path,
                mine.throughput(), mine.percentileMillis(50), mine.percentileMillis(99), theirs.throughput(),
                theirs.percentileMillis(50), theirs.percentileMillis(99), mine.throughput() / theirs.throughput());
    }

    /** Ledgerport on its own fresh database: the application context, partners with signing secrets, a SKU. */
    private static final class LedgerportSide implements AutoCloseable {

        final int clients;
        final BenchDatabase database;
        final ApplicationContext context;
        final PartnerId[] ids;
        final String[] secrets;
        final Request create;
        final ConcurrentLinkedQueue<long[]> placed = new ConcurrentLinkedQueue<>();
        final VerifyRequestSignatureUseCase verify;
        final CreateOrderUseCase orders;

        LedgerportSide(int clients, int partners) throws Exception {
            this.clients = clients;
            database = BenchDatabase.create();
            Map<String, Object> properties = database.serverProperties(clients,
                    Files.createTempDirectory("ledgerport-bench").toString());
            properties.put("ledgerport.orders.fulfilment-interval", "1h");
            context = ApplicationContext.builder().properties(properties).start();
            database.seed(partners);
            try (var connection = database.connect()) {
                OrderScripts.seedCatalog(connection);
            }
            ids = new PartnerId[partners + 1];
            secrets = new String[partners + 1];
            IssueSigningSecretUseCase issue = context.getBean(IssueSigningSecretUseCase.class);
            for (int n = 1; n <= partners; n++) {
                ids[n] = new PartnerId(BenchDatabase.md5Uuid("p" + n));
                secrets[n] = ((IssueSigningSecretUseCase.Issued) issue.issue(
                        new IssueSigningSecretCommand(ids[n], CONTEXT))).secret();
            }
            verify = context.getBean(VerifyRequestSignatureUseCase.class);
            orders = context.getBean(CreateOrderUseCase.class);
            AtomicLong next = new AtomicLong();
            create = sequence -> {
                int p = ThreadLocalRandom.current().nextInt(1, partners + 1);
                long n = next.incrementAndGet();
                boolean created = signedOrder(verify, orders, ids[p], secrets[p], "b-" + n, sequence)
                        instanceof Created;
                if (created) {
                    placed.add(new long[] {p, n});
                }
                return created;
            };
        }

        /** The same requests again, drawn from the orders created so far. */
        Request replay() {
            long[][] pool = placed.toArray(new long[0][]);
            // Orders in turn; each pass over the pool signs with a timestamp one second older, so no request
            // repeats an earlier one's signature (which would be refused as a replayed signature).
            return sequence -> {
                long[] chosen = pool[(int) (sequence % pool.length)];
                int p = (int) chosen[0];
                return signedOrder(verify, orders, ids[p], secrets[p], "b-" + chosen[1], sequence / pool.length)
                        instanceof Replayed;
            };
        }

        Result closedLoop(Request request, Duration duration) throws Exception {
            return OrderBenchmark.closedLoop(request, clients, duration);
        }

        Result openLoop(Request request, double rate, Duration duration) throws Exception {
            return OrderBenchmark.openLoop(request, clients, rate, duration);
        }

        @Override
        public void close() throws Exception {
            context.close();
            database.close();
        }
    }

    /** pgbench on its own fresh database with the same schema and seed, and the scripts. */
    private static final class PgbenchSide implements AutoCloseable {

        final int clients;
        final BenchDatabase database;
        final Path create;
        final Path replay;
        final List<String> vars;

        PgbenchSide(int clients, int partners) throws Exception {
            this.clients = clients;
            database = BenchDatabase.create();
            Flyway.configure().dataSource(BenchDatabase.url(database.name), BenchDatabase.USER, "")
                    .locations("classpath:db/migration").load().migrate();
            database.seed(partners);
            try (var connection = database.connect()) {
                OrderScripts.seedCatalog(connection);
                OrderScripts.seedForPgbench(connection, partners, REPLAYS);
            }
            Path directory = Files.createTempDirectory("ledgerport-pgbench-orders");
            create = directory.resolve("create.sql");
            Files.writeString(create, OrderScripts.create(), StandardCharsets.UTF_8);
            replay = directory.resolve("replay.sql");
            Files.writeString(replay, OrderScripts.replay(), StandardCharsets.UTF_8);
            vars = List.of("-D", "partners=" + partners, "-D", "replays=" + REPLAYS);
        }

        Result run(Path script, Duration duration, Optional<Double> rate) throws Exception {
            long before = database.count("orders");
            Result result = PgbenchRun.measure(database, script, clients, duration, vars, rate, "pgbench");
            if (script.equals(create) && database.count("orders") - before != result.transfers()) {
                throw new IllegalStateException("pgbench reported " + result.transfers() + " orders but wrote "
                        + (database.count("orders") - before));
            }
            return result;
        }

        @Override
        public void close() throws Exception {
            database.close();
        }
    }

    /**
     * What the controller does: the signature over the exact body checked (not yet remembered), then the order,
     * which remembers the signature in its own transaction. Timestamps step back through the last 250 s so that
     * the same body never carries the same signature twice (a signature is accepted once).
     */
    private static OrderCreation signedOrder(VerifyRequestSignatureUseCase verify, CreateOrderUseCase create,
            PartnerId partner, String secret, String externalId, long sequence) {
        byte[] body = ("{\"external_id\":\"" + externalId + "\",\"item\":{\"sku_id\":\"" + SKU
                + "\",\"quantity\":1}}").getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000 - sequence % 250);
        String signature = RequestSignature.sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
        if (!(verify.check(new VerifyRequestSignatureCommand(partner, Optional.of(timestamp),
                Optional.of(signature), body, CONTEXT)) instanceof Verified verified)) {
            return new CreateOrderUseCase.Rejected(com.ledgerport.domain.order.OrderRejection.EXTERNAL_ID_REUSED);
        }
        return create.create(new CreateOrderCommand(partner, Mode.LIVE, externalId, new OrderItem(SKU, 1),
                Optional.empty(), CONTEXT).signed(verified.receipt().orElseThrow()));
    }

    private static Result closedLoop(Request request, int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong sequence = new AtomicLong();
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            List<Histogram> histograms = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Histogram histogram = Result.histogram();
                histograms.add(histogram);
                counts.add(pool.submit(() -> {
                    long done = 0;
                    long failed = 0;
                    while (System.nanoTime() < deadline) {
                        long began = System.nanoTime();
                        boolean ok = request.run(sequence.incrementAndGet());
                        histogram.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
                        done += ok ? 1 : 0;
                        failed += ok ? 0 : 1;
                    }
                    return new long[] {done, failed};
                }));
            }
            return collect("Ledgerport", counts, histograms, start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Requests start every {@code 1/rate} s across the clients; latency counts from the scheduled start. */
    private static Result openLoop(Request request, int clients, double rate, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long intervalNanos = (long) (1e9 * clients / rate);
        long count = (long) (rate * duration.toSeconds() / clients);
        AtomicLong sequence = new AtomicLong();
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            List<Histogram> histograms = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Histogram histogram = Result.histogram();
                histograms.add(histogram);
                long offset = intervalNanos * c / clients;
                counts.add(pool.submit(() -> {
                    long done = 0;
                    long failed = 0;
                    for (long i = 0; i < count; i++) {
                        long scheduled = start + offset + i * intervalNanos;
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        boolean ok = request.run(sequence.incrementAndGet());
                        histogram.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1_000));
                        done += ok ? 1 : 0;
                        failed += ok ? 0 : 1;
                    }
                    return new long[] {done, failed};
                }));
            }
            return collect("Ledgerport", counts, histograms, start);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result collect(String system, List<Future<long[]>> counts, List<Histogram> histograms, long start)
            throws Exception {
        long done = 0;
        long failed = 0;
        for (Future<long[]> count : counts) {
            done += count.get()[0];
            failed += count.get()[1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = Result.histogram();
        histograms.forEach(all::add);
        return new Result(system, done, failed, seconds, all);
    }

    private static void print(String what, Result result) {
        System.out.printf(Locale.ROOT, "%-32s %8.0f /s  p50 %6.2f ms  p99 %7.2f ms  (%d done, %d unexpected)%n",
                what, result.throughput(), result.percentileMillis(50), result.percentileMillis(99),
                result.transfers(), result.failures());
    }
}
