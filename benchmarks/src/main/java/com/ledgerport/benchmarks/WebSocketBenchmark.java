package com.ledgerport.benchmarks;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Events delivered over {@code /ws} to many subscribers, on PostgreSQL, beside a no-op broadcast in the same
 * run. Ledgerport: each event is appended to the outbox in its own transaction (as a use case does), read back
 * by the node's delivery thread once sequenced after commit, filtered per subscriber (topic, mode, scope)
 * and written to each socket. Baseline: the same frames handed straight to every socket by a bare endpoint.
 * Each runs at stepped event rates (each event goes to every subscriber, so 500 events/s offer 50k frames/s to
 * 100 subscribers), measuring frames delivered per second, the latency from just before the publisher's
 * commit to the client's receipt (p50, p99), and from the moment the publisher's commit returned to the
 * receipt (commit-to-delivery; a frame that beats the return counts as 1 µs); then Ledgerport alone as fast as its publishers go (the baseline
 * has no such ceiling: it would only queue without bound).
 *
 * <p>Settings: {@code bench.subscribers} (100), {@code bench.publishers} (4, flat-out phase),
 * {@code bench.seconds} (10), {@code bench.warmup} (3), {@code bench.rates} (250,500,1000 events/s),
 * {@code bench.held-rate} (500 events/s with 2 s transactions held open in the same database; 0 skips it),
 * {@code bench.flat-out} (true), {@code bench.pg.*}.
 */
public final class WebSocketBenchmark {

    private static final String OPERATOR = "lp_op_benchmark-token-never-used";
    private static final Pattern FIELD = Pattern.compile("\"(username|secret|id)\":\"([^\"]+)\"");

    private WebSocketBenchmark() {
    }

    record Phase(String name, long frames, double seconds, Histogram latencyMicros, Histogram sinceCommitMicros,
            int closedSockets) {

        double framesPerSecond() {
            return frames / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        /** Commit-to-delivery; "–" for the baseline, which commits nothing. */
        String sinceCommit(double percentile) {
            return sinceCommitMicros.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.2f",
                    sinceCommitMicros.getValueAtPercentile(percentile) / 1000.0);
        }
    }

    public static void main(String[] args) throws Exception {
        int subscribers = Integer.getInteger("bench.subscribers", 100);
        int publishers = Integer.getInteger("bench.publishers", 4);
        Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 3));
        List<Integer> rates = java.util.Arrays.stream(System.getProperty("bench.rates", "250,500,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        boolean flatOut = Boolean.parseBoolean(System.getProperty("bench.flat-out", "true"));
        int heldRate = Integer.getInteger("bench.held-rate", 500);
        System.out.printf(Locale.ROOT, "Ledgerport WebSocket benchmark: %d subscribers, %d publishers, %ds measured "
                + "(%ds warm-up), event rates %s; JVM %s; %d CPUs%n", subscribers, publishers,
                measured.toSeconds(), warmUp.toSeconds(), rates, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        List<Phase> phases = new ArrayList<>();
        try (BenchDatabase database = BenchDatabase.create()) {
            Map<String, Object> properties = new java.util.LinkedHashMap<>(
                    database.serverProperties(publishers + 4, Files.createTempDirectory("ledgerport-ws-bench").toString()));
            properties.put("micronaut.server.port", -1);
            properties.put("ledgerport.ws.send-buffer-frames", 65_536);
            properties.put("ledgerport.ws.send-buffer-bytes", 64L * 1024 * 1024);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                Bench bench = new Bench(server, subscribers);
                bench.open();
                for (int step : rates) {
                    phases.add(bench.paced("Ledgerport, " + step + " events/s", step, warmUp, measured,
                            bench::publishEvent));
                    phases.add(bench.paced("no-op broadcast, " + step + " events/s", step, warmUp, measured,
                            bench::broadcast));
                }
                if (heldRate > 0) {
                    // The same paced load while another connection keeps a transaction open in the application's
                    // own database, 2 s at a time (a long stock upload, a report): delivery must not wait for it.
                    try (HeldTransactions held = HeldTransactions.start(database, Duration.ofSeconds(2))) {
                        phases.add(bench.paced("Ledgerport, " + heldRate + " events/s, 2 s transactions held open",
                                heldRate, warmUp, measured, bench::publishEvent));
                        held.check();
                    }
                }
                if (flatOut) {
                    phases.add(bench.flood("Ledgerport, " + publishers + " publishers flat out", publishers, warmUp,
                            measured, bench::publishEvent));
                }
            }
        }
        System.out.println();
        System.out.println("| run | subscribers | frames delivered/s | publish→delivery p50 ms | p99 ms "
                + "| commit→delivery p50 ms | p99 ms | sockets closed |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Phase phase : phases) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %s | %s | %d |%n", phase.name(),
                    subscribers, phase.framesPerSecond(), phase.millis(50), phase.millis(99), phase.sinceCommit(50),
                    phase.sinceCommit(99), phase.closedSockets());
        }
    }

    /**
     * A connection that keeps a transaction with a transaction id open, over and over, {@code holdFor} at a time,
     * in the benchmark's database (so it is below every horizon a reader could compute from running transactions).
     */
    private static final class HeldTransactions implements AutoCloseable {

        private final Thread thread;
        private final AtomicLong held = new AtomicLong();
        private volatile boolean running = true;
        private volatile Exception failure;

        private HeldTransactions(BenchDatabase database, Duration holdFor) {
            thread = new Thread(() -> {
                try (java.sql.Connection connection = database.connect();
                        java.sql.Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    while (running) {
                        statement.execute("SELECT pg_current_xact_id()");
                        Thread.sleep(holdFor.toMillis());
                        connection.commit();
                        held.incrementAndGet();
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } catch (Exception failed) {
                    failure = failed;
                }
            }, "bench-held-transactions");
            thread.setDaemon(true);
        }

        static HeldTransactions start(BenchDatabase database, Duration holdFor) {
            HeldTransactions held = new HeldTransactions(database, holdFor);
            held.thread.start();
            return held;
        }

        /** Fails the run if the transactions were not actually held (the phase would prove nothing). */
        void check() {
            if (failure != null || held.get() == 0) {
                throw new IllegalStateException("the held transactions did not run", failure);
            }
            System.out.println("  (" + held.get() + " transactions of 2 s held open during the phase)");
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(5_000);
        }
    }

    /** One server, its partner and key, and the subscribers on both endpoints. */
    private static final class Bench {

        private final EmbeddedServer server;
        private final int subscribers;
        private final HttpClient http = HttpClient.newHttpClient();
        private final AtomicLong received = new AtomicLong();
        private final Recorder latency = new Recorder(1, 600_000_000L, 3);
        private final Recorder sinceCommit = new Recorder(1, 600_000_000L, 3);
        private final List<BenchSubscriber> clients = new ArrayList<>();
        private final Outbox outbox;
        private final UnitOfWork unitOfWork;
        private final Clock clock;
        private final AtomicLong objects = new AtomicLong();
        private String partner;

        Bench(EmbeddedServer server, int subscribers) {
            this.server = server;
            this.subscribers = subscribers;
            this.outbox = server.getApplicationContext().getBean(Outbox.class);
            this.unitOfWork = server.getApplicationContext().getBean(UnitOfWork.class);
            this.clock = server.getApplicationContext().getBean(Clock.class);
        }

        void open() throws Exception {
            partner = field(post("/admin/v1/partners", "{\"name\":\"Bench WS\",\"currency\":\"EUR\"}"), "id");
            String key = post("/admin/v1/partners/" + partner + "/api-keys", "{\"name\":\"bench\"}");
            String login = "{\"type\":\"auth.login\",\"requestId\":\"l\",\"payload\":{\"authType\":\"s2s\",\"token\":\""
                    + field(key, "username") + "\",\"metadata\":{\"secret\":\"" + field(key, "secret") + "\"}}}";
            String subscribe = "{\"type\":\"events.subscribe\",\"requestId\":\"s\",\"payload\":{\"topics\":[\"company/"
                    + partner + "/live/orders/+\"]}}";
            for (int i = 0; i < subscribers; i++) {
                BenchSubscriber client = connect("/ws");
                client.socket.sendText(login, true).join();
                expect(client, "auth.success");
                client.socket.sendText(subscribe, true).join();
                expect(client, "events.subscribe.ok");
                clients.add(client);
                clients.add(connect("/bench/broadcast"));
            }
        }

        private static void expect(BenchSubscriber client, String type) throws InterruptedException {
            String reply = client.replies.poll(10, TimeUnit.SECONDS);
            if (reply == null || !reply.contains("\"type\":\"" + type + "\"")) {
                throw new IllegalStateException("expected " + type + ", got " + reply);
            }
        }

        private BenchSubscriber connect(String path) {
            BenchSubscriber client = new BenchSubscriber(received, latency, sinceCommit);
            client.socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + server.getPort() + path), client).join();
            return client;
        }

        /** One event, in its own transaction, stamped just before it commits. */
        void publishEvent(long stamp) {
            String object = "bench-" + objects.incrementAndGet();
            unitOfWork.write(() -> outbox.append(new NewEvent(PartnerId.parse(partner), Mode.LIVE,
                    EventType.ORDER_STATUS_CHANGED, object, EventPayload.of(Map.of("t", stamp,
                            "status", "completed")), clock.instant())));
            BenchSubscriber.COMMITTED.put(object, System.nanoTime());
        }

        /** A frame of the same shape and size, straight to every baseline socket. */
        void broadcast(long stamp) {
            String object = "baseline-" + objects.incrementAndGet();
            BroadcastEndpoint.broadcast("{\"type\":\"event\",\"payload\":{\"topic\":\"company/" + partner
                    + "/live/orders/update_one\",\"event\":\"order.status_changed\",\"sequence\":1,\"data\":{\"t\":"
                    + stamp + ",\"status\":\"completed\"},\"id\":\"01a212d9-0000-7000-8000-000000000000\","
                    + "\"object_id\":\"" + object + "\",\"cursor\":\"1234-56\",\"occurred_at\":\""
                    + clock.instant() + "\"}}");
        }

        Phase flood(String name, int publishers, Duration warmUp, Duration measured, LongConsumer publish)
                throws Exception {
            return measure(name, warmUp, measured, running -> {
                ExecutorService pool = Executors.newFixedThreadPool(publishers);
                for (int i = 0; i < publishers; i++) {
                    pool.execute(() -> {
                        while (running.get()) {
                            publish.accept(System.nanoTime());
                        }
                    });
                }
                return pool;
            });
        }

        Phase paced(String name, int rate, Duration warmUp, Duration measured, LongConsumer publish)
                throws Exception {
            long intervalNanos = 1_000_000_000L / rate;
            return measure(name, warmUp, measured, running -> {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                for (int lane = 0; lane < 2; lane++) {
                    long offset = lane * intervalNanos;
                    pool.execute(() -> {
                        long next = System.nanoTime() + offset;
                        while (running.get()) {
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            }
                            publish.accept(System.nanoTime());
                            next += 2 * intervalNanos;
                        }
                    });
                }
                return pool;
            });
        }

        private interface Load {
            ExecutorService start(AtomicBoolean running);
        }

        private Phase measure(String name, Duration warmUp, Duration measured, Load load) throws Exception {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = load.start(running);
            Thread.sleep(warmUp.toMillis());
            long before = received.get();
            latency.getIntervalHistogram();
            sinceCommit.getIntervalHistogram();
            long started = System.nanoTime();
            Thread.sleep(measured.toMillis());
            long frames = received.get() - before;
            double seconds = (System.nanoTime() - started) / 1e9;
            Histogram histogram = latency.getIntervalHistogram();
            Histogram commits = sinceCommit.getIntervalHistogram();
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            drain();
            int closed = (int) clients.stream().filter(client -> client.closeCode != 0).count();
            Phase phase = new Phase(name, frames, seconds, histogram, commits, closed);
            System.out.printf(Locale.ROOT, "%-36s %10.0f frames/s  p50 %7.2f ms  p99 %8.2f ms  after commit: p50 %s "
                    + "p99 %s ms%n", name, phase.framesPerSecond(), phase.millis(50), phase.millis(99),
                    phase.sinceCommit(50), phase.sinceCommit(99));
            return phase;
        }

        /** Lets the backlog of one phase reach the clients before the next phase starts. */
        private void drain() throws InterruptedException {
            long last = -1;
            while (received.get() != last) {
                last = received.get();
                Thread.sleep(500);
            }
        }

        private String post(String path, String body) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getPort() + path))
                    .header("Authorization", "Bearer " + OPERATOR).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        private static String field(String json, String name) {
            Matcher matcher = FIELD.matcher(json);
            while (matcher.find()) {
                if (matcher.group(1).equals(name)) {
                    return matcher.group(2);
                }
            }
            throw new IllegalStateException("no " + name + " in " + json);
        }
    }
}
