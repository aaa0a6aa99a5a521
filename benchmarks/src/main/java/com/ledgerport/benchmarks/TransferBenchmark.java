package com.ledgerport.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Transfers per second on PostgreSQL: Ledgerport's transfer use case and pgbench running the same SQL, side by
 * side in one run, at the same concurrency, each on a fresh database. Settings (system properties):
 * {@code bench.clients} (16), {@code bench.accounts} (10000), {@code bench.warmup} (10 s; Ledgerport's goes on
 * until the JIT has settled, up to {@code bench.warmup.max}, 120 s), {@code bench.seconds}
 * (20 s), {@code bench.rounds} (1), {@code bench.scenarios} (all), {@code bench.only} ({@code ledgerport} or
 * {@code pgbench}, for profiling one side), {@code bench.pg.host}/{@code port}/{@code user}.
 * Prints a Markdown table; docs/performance.md keeps the figures and the method.
 */
public final class TransferBenchmark {

    private TransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        int accounts = Integer.getInteger("bench.accounts", 10_000);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
        Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        int rounds = Integer.getInteger("bench.rounds", 1);
        // For profiling one side alone: ledgerport or pgbench.
        String only = System.getProperty("bench.only", "both");
        // Also pgbench with one round trip per statement, for reference (the comparison is with the pipelined one).
        boolean plainToo = Boolean.parseBoolean(System.getProperty("bench.plain", "true"));
        List<Scenario> scenarios = System.getProperty("bench.scenarios") == null ? List.of(Scenario.values())
                : Arrays.stream(System.getProperty("bench.scenarios").split(",")).map(String::trim)
                        .map(Scenario::valueOf).toList();
        System.out.printf(Locale.ROOT, "Ledgerport transfer benchmark: %d clients, %d accounts, %ds warm-up, %ds "
                + "measured, %d round(s); JVM %s %s; %d CPUs%n", clients, accounts, warmUp.toSeconds(),
                measured.toSeconds(), rounds, Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors());

        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Scenario scenario : scenarios) {
                Result ledgerport = only.equals("pgbench") ? null
                        : JavaRun.run(scenario, clients, accounts, warmUp, measured);
                print(scenario, ledgerport);
                Result pgbench = only.equals("ledgerport") ? null
                        : PgbenchRun.run(scenario, true, clients, accounts, warmUp, measured);
                print(scenario, pgbench);
                Result plain = only.equals("ledgerport") || !plainToo ? null
                        : PgbenchRun.run(scenario, false, clients, accounts, warmUp, measured);
                print(scenario, plain);
                if (ledgerport != null && pgbench != null) {
                    rows.add(row(scenario, clients, ledgerport, pgbench, plain));
                }
            }
        }
        System.out.println();
        System.out.println("| scenario | clients | Ledgerport tps | p50 ms | p99 ms | pgbench tps | p50 ms | p99 ms "
                + "| ratio | pgbench, no pipeline: tps | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static void print(Scenario scenario, Result result) {
        if (result == null) {
            return;
        }
        System.out.printf(Locale.ROOT,
                "%-22s %-14s %8.0f tps  p50 %6.2f ms  p99 %7.2f ms  (%d transfers, %d refused)%n",
                scenario.name(), result.system(), result.throughput(), result.percentileMillis(50),
                result.percentileMillis(99), result.transfers(), result.failures());
    }

    private static String row(Scenario scenario, int clients, Result ledgerport, Result pgbench, Result plain) {
        String reference = plain == null ? "| – | – | – |" : String.format(Locale.ROOT, "| %.0f | %.2f | %.2f |",
                plain.throughput(), plain.percentileMillis(50), plain.percentileMillis(99));
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f× ",
                scenario.title, clients, ledgerport.throughput(), ledgerport.percentileMillis(50),
                ledgerport.percentileMillis(99), pgbench.throughput(), pgbench.percentileMillis(50),
                pgbench.percentileMillis(99), ledgerport.throughput() / pgbench.throughput()) + reference;
    }
}
