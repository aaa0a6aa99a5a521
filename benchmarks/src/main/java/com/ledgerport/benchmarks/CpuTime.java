package com.ledgerport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time used during a measured interval by the client process (this JVM with all its threads — callers, JIT,
 * GC — or pgbench) and by the PostgreSQL backends serving the benchmark database, read from /proc (so only for a
 * local server; a backend's process title names its database; the server's background writers are not counted).
 * Per transfer, these hardly depend on what else the shared machine is running, unlike transfers per second.
 */
final class CpuTime {

    /** Linux reports process times in clock ticks of 10 ms. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final String database;
    private final long clientPid;
    private final long wallStart;
    private final long clientStart;
    private final long postgresStart;
    private long wallEnd;
    private long clientEnd;
    private long postgresEnd;

    private CpuTime(String database, long clientPid) {
        this.database = database;
        this.clientPid = clientPid;
        this.wallStart = System.nanoTime();
        this.clientStart = processNanos(clientPid);
        this.postgresStart = postgresNanos(database);
    }

    static CpuTime start(String database, long clientPid) {
        return new CpuTime(database, clientPid);
    }

    CpuTime stop() {
        clientEnd = processNanos(clientPid);
        postgresEnd = postgresNanos(database);
        wallEnd = System.nanoTime();
        return this;
    }

    /** {@code client 412 µs, PostgreSQL 480 µs per transfer (client 0.52 cores, PostgreSQL 0.61 cores)} */
    String describe(double transfersPerSecond) {
        double seconds = (wallEnd - wallStart) / 1e9;
        double clientCores = (clientEnd - clientStart) / 1e9 / seconds;
        double postgresCores = (postgresEnd - postgresStart) / 1e9 / seconds;
        double perTransfer = 1e6 / Math.max(transfersPerSecond, 1e-9);
        return String.format(Locale.ROOT, "client %.0f µs, PostgreSQL %.0f µs per transfer (client %.2f cores, "
                + "PostgreSQL %.2f cores)", clientCores * perTransfer, postgresCores * perTransfer, clientCores,
                postgresCores);
    }

    private static long processNanos(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** utime + stime of the PostgreSQL backends connected to the database. */
    private static long postgresNanos(String database) {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                ticks += backendTicks(process, database);
            }
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    private static long backendTicks(Path process, String database) {
        if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
            return 0;
        }
        try {
            // The title of a backend: "postgres: [cluster: ]<user> <database> <client> <state>".
            String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            if (!title.startsWith("postgres: ") || !title.contains(" " + database + " ")) {
                return 0;
            }
            return ticks(Files.readString(process.resolve("stat")));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** utime + stime (fields 14 and 15) of a /proc/<pid>/stat line; the name in parentheses may hold spaces. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
