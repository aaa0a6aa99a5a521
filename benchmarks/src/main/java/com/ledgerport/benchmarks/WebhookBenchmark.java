package com.ledgerport.benchmarks;

import com.ledgerport.adapter.out.webhooks.WebhookDispatcher;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.IssueSigningSecretCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.RegisterWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.partner.PartnerId;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Webhook delivery on PostgreSQL against a raw HTTP baseline in the same run, to the same loopback receiver:
 * <ol>
 *   <li>raw: {@code concurrency} threads POST a webhook-sized body in a loop with the JDK HttpClient (requests/s);</li>
 *   <li>webhooks at full load: producers append events (each its own transaction) as fast as they can, across
 *       {@code endpoints} partners with one endpoint each; the receiver counts 2xx deliveries (events/s);</li>
 *   <li>webhooks at half load: events appended at half the full-load rate; commit-to-receiver latency
 *       (from just before the appending transaction to the request's arrival) as p50 / p99 / max.</li>
 * </ol>
 * Settings: {@code -Dbench.seconds} (measured, default 15), {@code -Dbench.warmup} (default 5),
 * {@code -Dbench.endpoints} (default 8), {@code -Dbench.producers} (default 8), {@code -Dbench.paced-rate} (the
 * latency phase's events/s, to compare two builds at one rate; default half the full-load rate),
 * {@code -Dbench.concurrency} (the dispatcher's and the raw loop's, default 32), {@code -Dbench.append-only} (default true: two last phases —
 * the dispatcher stopped while the producers append as fast as they can into a database that does nothing else, a
 * ceiling no commit-to-delivery rate can pass; then the dispatcher restarted to deliver that backlog with no
 * producers, the delivery path's own rate).
 */
public final class WebhookBenchmark {

    static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int ENDPOINTS = Integer.getInteger("bench.endpoints", 8);
    static final int PRODUCERS = Integer.getInteger("bench.producers", 8);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
    static final CallContext CONTEXT = new CallContext(Actor.operator(), "bench");
    static final String FILLER = "x".repeat(200);
    /** The paced phase's rate in events/s; 0 (default): half of what the full-load phase delivered. */
    static final double PACED_RATE = Double.parseDouble(System.getProperty("bench.paced-rate", "0"));
    /** Whether to end with the producers alone (dispatcher stopped): the ceiling the appends set on this machine. */
    static final boolean APPEND_ONLY = Boolean.parseBoolean(System.getProperty("bench.append-only", "true"));

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong raw = new AtomicLong();
    private final Recorder latencies = new Recorder(3);

    public static void main(String[] args) throws Exception {
        new WebhookBenchmark().run();
        System.exit(0);
    }

    void run() throws Exception {
        HttpServer receiver = receiver();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        try (BenchDatabase database = BenchDatabase.create()) {
            Map<String, Object> properties = new LinkedHashMap<>(database.serverProperties(PRODUCERS + CONCURRENCY,
                    Files.createTempDirectory("ledgerport-bench").toString()));
            properties.put("ledgerport.webhooks.allow-private-targets", "true");
            properties.put("ledgerport.webhooks.concurrency", String.valueOf(CONCURRENCY));
            try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
                database.seed(ENDPOINTS);
                List<PartnerId> partners = endpoints(context, base);
                double rawRate = rawLoop(base + "/raw", Duration.ofSeconds(WARMUP), Duration.ofSeconds(SECONDS));
                fullLoad(context, partners, Duration.ofSeconds(WARMUP));
                double webhookRate = fullLoad(context, partners, Duration.ofSeconds(SECONDS));
                double pacedRate = PACED_RATE > 0 ? PACED_RATE : webhookRate / 2;
                Histogram half = paced(context, partners, pacedRate, Duration.ofSeconds(SECONDS));
                double appendOnly = 0;
                double drainRate = 0;
                if (APPEND_ONLY) {
                    long backlog = delivered.get();
                    appendOnly = appendOnly(context, partners, Duration.ofSeconds(SECONDS));
                    drainRate = drainBacklog(context, backlog + Math.round(appendOnly * SECONDS));
                }
                report(rawRate, webhookRate, pacedRate, half, appendOnly, drainRate);
            }
        } finally {
            receiver.stop(0);
        }
    }

    private HttpServer receiver() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                long arrived = System.nanoTime();
                if (exchange.getRequestURI().getPath().equals("/raw")) {
                    raw.incrementAndGet();
                } else {
                    String text = new String(body, StandardCharsets.UTF_8);
                    int at = text.indexOf("\"sent_nanos\":");
                    if (at >= 0) {
                        int start = at + "\"sent_nanos\":".length();
                        int end = start;
                        while (end < text.length() && Character.isDigit(text.charAt(end))) {
                            end++;
                        }
                        latencies.recordValue(Math.max(0, (arrived - Long.parseLong(text.substring(start, end)))
                                / 1_000));
                    }
                    delivered.incrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        return server;
    }

    private static List<PartnerId> endpoints(ApplicationContext context, String base) {
        List<PartnerId> partners = new ArrayList<>();
        for (int n = 1; n <= ENDPOINTS; n++) {
            PartnerId partner = new PartnerId(BenchDatabase.md5Uuid("p" + n));
            context.getBean(IssueSigningSecretUseCase.class).issue(new IssueSigningSecretCommand(partner, CONTEXT));
            var outcome = context.getBean(ManageWebhookEndpointsUseCase.class).register(new RegisterWebhookCommand(
                    Requester.trusted(CONTEXT), partner, WebhookContract.PARTNER_S2S, base + "/hook/" + n, "bench",
                    Set.of(EventType.ORDER_STATUS_CHANGED)));
            if (!(outcome instanceof ManageWebhookEndpointsUseCase.Done<?>)) {
                throw new IllegalStateException("endpoint refused: " + outcome);
            }
            partners.add(partner);
        }
        return partners;
    }

    /** Requests/s of a plain POST loop, same concurrency as the dispatcher, a body of webhook size. */
    private double rawLoop(String url, Duration warmUp, Duration measured) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] body = ("{\"event\":\"order.status_changed\",\"timestamp\":\"2026-01-15T12:58:23+00:00\","
                + "\"idempotency_key\":\"01a212ce-0252-7709-9e76-41de9e3488f0\",\"data\":{\"order_id\":\"o\","
                + "\"filler\":\"" + FILLER + "\"}}").getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicLong rawFailures = new AtomicLong();
        long stop = System.nanoTime() + warmUp.plus(measured).toNanos();
        for (int i = 0; i < CONCURRENCY; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < stop) {
                    try {
                        client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                    } catch (Exception failed) {
                        // On a loaded loopback a connection is now and then dropped: count it and go on (a thread
                        // that died here would lower the baseline).
                        rawFailures.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(warmUp.toMillis());
        long before = raw.get();
        Thread.sleep(measured.toMillis());
        long counted = raw.get() - before;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        if (rawFailures.get() > 0) {
            System.out.printf("raw loop: %d requests failed (not counted)%n", rawFailures.get());
        }
        return counted / (double) measured.toSeconds();
    }

    /** Delivered events/s while producers append as fast as they can; waits for the backlog to drain after. */
    private double fullLoad(ApplicationContext context, List<PartnerId> partners, Duration measured)
            throws Exception {
        long before = delivered.get();
        AtomicLong appended = appendFlatOut(context, partners, measured);
        long inWindow = delivered.get() - before;
        System.out.printf("full load: appended %.0f events/s, delivered %.0f events/s in the window%n",
                appended.get() / (double) measured.toSeconds(), inWindow / (double) measured.toSeconds());
        drain(before + appended.get());
        latencies.getIntervalHistogram();
        return inWindow / (double) measured.toSeconds();
    }

    /** Events/s the producers append, full speed, with this node's dispatcher stopped (nothing else delivers). */
    private double appendOnly(ApplicationContext context, List<PartnerId> partners, Duration measured)
            throws Exception {
        context.getBean(WebhookDispatcher.class).stop();
        AtomicLong appended = appendFlatOut(context, partners, measured);
        double rate = appended.get() / (double) measured.toSeconds();
        System.out.printf("append only (dispatcher stopped): appended %.0f events/s%n", rate);
        return rate;
    }

    /**
     * Restarts the dispatcher on the backlog the append-only phase left and answers the deliveries/s until the
     * receiver has {@code expected}: the delivery path alone, the database doing nothing else.
     */
    private double drainBacklog(ApplicationContext context, long expected) throws InterruptedException {
        long before = delivered.get();
        long start = System.nanoTime();
        context.getBean(WebhookDispatcher.class).start();
        drain(expected);
        double rate = (delivered.get() - before) / ((System.nanoTime() - start) / 1e9);
        System.out.printf("backlog of %d drained at %.0f events/s%n", delivered.get() - before, rate);
        return rate;
    }

    /** {@code PRODUCERS} threads append as fast as they can for {@code measured}; answers how many they appended. */
    private static AtomicLong appendFlatOut(ApplicationContext context, List<PartnerId> partners, Duration measured)
            throws InterruptedException {
        AtomicLong appended = new AtomicLong();
        long stop = System.nanoTime() + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS);
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            pool.execute(() -> {
                for (long i = 0; System.nanoTime() < stop; i++) {
                    append(context, partners.get((int) ((producer + i) % partners.size())));
                    appended.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(measured.toSeconds() + 30, TimeUnit.SECONDS);
        return appended;
    }

    /** Appends at {@code rate} events/s for {@code measured}; answers the latency histogram (µs). */
    private Histogram paced(ApplicationContext context, List<PartnerId> partners, double rate, Duration measured)
            throws Exception {
        latencies.getIntervalHistogram();
        long before = delivered.get();
        long total = (long) (rate * measured.toSeconds());
        long intervalNanos = (long) (1e9 / rate) * PRODUCERS;
        ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS);
        long start = System.nanoTime();
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            pool.execute(() -> {
                long next = start + producer * (intervalNanos / PRODUCERS);
                for (long i = producer; i < total; i += PRODUCERS) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    append(context, partners.get((int) (i % partners.size())));
                    next += intervalNanos;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(measured.toSeconds() + 60, TimeUnit.SECONDS);
        drain(before + total);
        return latencies.getIntervalHistogram();
    }

    private void drain(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (delivered.get() < expected) {
            throw new IllegalStateException("deliveries missing: " + delivered.get() + " of " + expected);
        }
    }

    private static void append(ApplicationContext context, PartnerId partner) {
        Outbox outbox = context.getBean(Outbox.class);
        Clock clock = context.getBean(Clock.class);
        long sent = System.nanoTime();
        String order = "o-" + sent;
        context.getBean(UnitOfWork.class).write(() -> outbox.append(new NewEvent(partner, Mode.LIVE,
                EventType.ORDER_STATUS_CHANGED, order, EventPayload.of(Map.of("order_id", order,
                        "sent_nanos", sent, "filler", FILLER)), clock.instant())));
    }

    private static void report(double rawRate, double webhookRate, double pacedRate, Histogram half,
            double appendOnly, double drainRate) {
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| raw HttpClient POST loop (%d threads) | %.0f requests/s |%n", CONCURRENCY, rawRate);
        System.out.printf("| webhooks, commit to receiver 2xx, full load (%d producers, %d endpoints) "
                + "| %.0f events/s |%n", PRODUCERS, ENDPOINTS, webhookRate);
        System.out.printf("| ratio webhooks / raw | %.2f |%n", webhookRate / rawRate);
        System.out.printf("| half load (%.0f events/s): commit-to-delivery p50 / p99 / max | %.1f / %.1f / %.1f ms "
                + "(%d events) |%n", pacedRate, half.getValueAtPercentile(50) / 1000.0,
                half.getValueAtPercentile(99) / 1000.0, half.getMaxValue() / 1000.0, half.getTotalCount());
        if (appendOnly > 0) {
            System.out.printf("| producers alone, dispatcher stopped (%d producers) | %.0f events/s appended "
                    + "(%.2f × raw) |%n", PRODUCERS, appendOnly, appendOnly / rawRate);
            System.out.printf("| that backlog delivered, no producers (dispatcher restarted) | %.0f events/s "
                    + "(%.2f × raw) |%n", drainRate, drainRate / rawRate);
        }
    }
}
