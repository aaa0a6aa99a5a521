package com.ledgerport.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;

/**
 * pgbench running {@link Scenario#pgbenchScript()} on a fresh database with the same schema (the application's
 * Flyway migrations), the same seed and the same number of clients, in prepared mode. Latencies come from its
 * per-transaction log.
 */
final class PgbenchRun {

    static final String PGBENCH = System.getProperty("bench.pgbench", "/usr/bin/pgbench");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private PgbenchRun() {
    }

    static Result run(Scenario scenario, boolean pipelined, int clients, int accounts, Duration warmUp,
            Duration measured) throws Exception {
        try (BenchDatabase database = BenchDatabase.create()) {
            Flyway.configure().dataSource(BenchDatabase.url(database.name), BenchDatabase.USER, "")
                    .locations("classpath:db/migration").load().migrate();
            database.seed(accounts);
            Path directory = Files.createTempDirectory("ledgerport-pgbench");
            Path script = directory.resolve(scenario.name().toLowerCase() + ".sql");
            Files.writeString(script, scenario.pgbenchScript(pipelined), StandardCharsets.UTF_8);
            pgbench(database, script, clients, accounts, warmUp, null, new CpuTime[1]);
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            long before = database.count("transfer");
            Path logs = directory.resolve("log");
            Files.createDirectories(logs);
            CpuTime[] cpu = new CpuTime[1];
            String output = pgbench(database, script, clients, accounts, measured, logs.resolve("tx"), cpu);
            Result result = result(pipelined ? "pgbench" : "pgbench-plain", output, logs, measured);
            if (cpu[0] != null) {
                System.out.printf(Locale.ROOT, "%-22s %-14s CPU: %s%n", scenario.name(), result.system(),
                        cpu[0].describe(result.throughput()));
            }
            if (database.count("transfer") - before != result.transfers()) {
                throw new IllegalStateException("pgbench reported " + result.transfers() + " transactions but wrote "
                        + (database.count("transfer") - before) + " transfers");
            }
            return result;
        }
    }

    /**
     * Runs pgbench; {@code cpu[0]} receives what it and the backends used in the middle of the run (from 2 s after
     * the start to 2 s before the end: the backends are gone once pgbench exits).
     */
    private static String pgbench(BenchDatabase database, Path script, int clients, int accounts, Duration duration,
            Path logPrefix, CpuTime[] cpu) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PGBENCH, "-n", "-M", "prepared", "-c",
                String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 4)), "-T",
                String.valueOf(duration.toSeconds()), "-D", "accounts=" + accounts, "-f", script.toString(),
                "-h", BenchDatabase.HOST, "-p", BenchDatabase.PORT, "-U", BenchDatabase.USER));
        if (logPrefix != null) {
            command.addAll(List.of("--log", "--log-prefix=" + logPrefix));
        }
        command.add(database.name);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread meter = new Thread(() -> {
            try {
                Thread.sleep(2_000);
                CpuTime running = CpuTime.start(database.name, process.pid());
                Thread.sleep(Math.max(1_000, duration.toMillis() - 4_000));
                cpu[0] = running.stop();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "pgbench-cpu");
        meter.setDaemon(true);
        meter.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        meter.join();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        return output;
    }

    /**
     * Runs a script for {@code duration} and reads its per-transaction log. With a {@code rate} (transactions per
     * second, pgbench's -R) the latency of each transaction counts from its scheduled start (time + schedule lag).
     */
    static Result measure(BenchDatabase database, Path script, int clients, Duration duration, List<String> vars,
            java.util.Optional<Double> rate, String system) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PGBENCH, "-n", "-M", "prepared", "-c",
                String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 4)), "-T",
                String.valueOf(duration.toSeconds()), "-f", script.toString(), "-h", BenchDatabase.HOST, "-p",
                BenchDatabase.PORT, "-U", BenchDatabase.USER));
        command.addAll(vars);
        rate.ifPresent(perSecond -> command.addAll(List.of("-R", String.valueOf(Math.max(1, Math.round(perSecond))))));
        Path logs = Files.createTempDirectory("ledgerport-pgbench-log");
        command.addAll(List.of("--log", "--log-prefix=" + logs.resolve("tx"), database.name));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Histogram histogram = Result.histogram();
        long done = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 3 && !fields[2].equals("failed") && !fields[2].equals("skipped")) {
                        long lag = rate.isPresent() && fields.length >= 7 ? Long.parseLong(fields[6]) : 0;
                        histogram.recordValue(Math.max(1, Long.parseLong(fields[2]) + lag));
                        done++;
                    }
                }
            }
        }
        return new Result(system, done, find(FAILED, output), duration.toSeconds(), histogram);
    }

    /** Log lines: {@code client_id transaction_no time_us script_no epoch epoch_us}. */
    private static Result result(String system, String output, Path logs, Duration measured) throws IOException {
        Histogram histogram = Result.histogram();
        long transfers = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 3 && !fields[2].equals("failed") && !fields[2].equals("skipped")) {
                        histogram.recordValue(Math.max(1, Long.parseLong(fields[2])));
                        transfers++;
                    }
                }
            }
        }
        long processed = find(PROCESSED, output);
        if (processed != transfers) {
            throw new IllegalStateException("pgbench processed " + processed + " but logged " + transfers);
        }
        return new Result(system, transfers, find(FAILED, output), measured.toSeconds(), histogram);
    }

    private static long find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
