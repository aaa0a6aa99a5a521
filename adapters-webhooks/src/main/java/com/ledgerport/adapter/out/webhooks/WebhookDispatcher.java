package com.ledgerport.adapter.out.webhooks;

import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase.ClaimCommand;
import com.ledgerport.application.port.out.OutboxListener;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.domain.event.WebhookEndpointId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's delivery loop. One thread claims due deliveries (woken after a local commit that appended events, else
 * every poll interval) and hands each to a worker pool of {@code concurrency} threads. An endpoint with
 * {@code concurrency-per-endpoint} deliveries in flight is left out of the next claims, and a claimed delivery it
 * has no room for is given back at once: a slow or dead endpoint holds a few workers and never the rest.
 */
@Singleton
public final class WebhookDispatcher implements OutboxListener {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliverWebhooksUseCase deliverWebhooks;
    private final WebhookSettings settings;
    private final Map<WebhookEndpointId, AtomicInteger> inFlightByEndpoint = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private ExecutorService workers;
    private Thread loop;

    WebhookDispatcher(DeliverWebhooksUseCase deliverWebhooks, WebhookSettings settings) {
        settings.check();
        this.deliverWebhooks = deliverWebhooks;
        this.settings = settings;
    }

    public synchronized void start() {
        if (running || !settings.isDispatcherEnabled()) {
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.getConcurrency(), task -> {
            Thread thread = new Thread(task, "webhook-delivery-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::run, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @PreDestroy
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        workers.shutdownNow();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void eventsCommitted() {
        wake();
    }

    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            boolean more = false;
            try {
                more = dispatchOnce();
            } catch (RuntimeException failed) {
                // The database may be briefly unreachable; the next round tries again.
                LOG.warn("Claiming webhook deliveries failed; trying again at the next poll", failed);
            }
            if (!more) {
                awaitSignal();
            }
        }
    }

    private void awaitSignal() {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(settings.getPollInterval().toMillis());
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }

    /** Claims what there is room for; answers whether a full batch came back (there may be more due at once). */
    private boolean dispatchOnce() {
        int busy = inFlight.get();
        int free = settings.getConcurrency() - busy;
        // Under load, claim in batches (a claim is a transaction): wait until a quarter of the workers are free.
        if (free <= 0 || (busy > 0 && free < Math.max(1, settings.getConcurrency() / 4))) {
            return false;
        }
        int perEndpoint = settings.getConcurrencyPerEndpoint();
        Set<WebhookEndpointId> saturated = inFlightByEndpoint.entrySet().stream()
                .filter(entry -> entry.getValue().get() >= perEndpoint).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Claimed> claimed = deliverWebhooks.claim(new ClaimCommand(free, saturated));
        int started = 0;
        List<Claimed> noRoom = new ArrayList<>();
        for (Claimed delivery : claimed) {
            AtomicInteger endpointCount = inFlightByEndpoint.computeIfAbsent(delivery.endpoint().id(),
                    id -> new AtomicInteger());
            if (!running || endpointCount.get() >= perEndpoint) {
                noRoom.add(delivery);
                continue;
            }
            endpointCount.incrementAndGet();
            inFlight.incrementAndGet();
            started++;
            workers.execute(() -> attempt(delivery, endpointCount));
        }
        deliverWebhooks.release(noRoom);
        return started > 0 && claimed.size() == free;
    }

    private void attempt(Claimed delivery, AtomicInteger endpointCount) {
        try {
            deliverWebhooks.attempt(delivery);
        } catch (RuntimeException failed) {
            // Nothing was recorded: the lease runs out and the delivery is claimed again.
            LOG.warn("Webhook delivery {} failed before its attempt was recorded", delivery.id(), failed);
        } finally {
            endpointCount.decrementAndGet();
            inFlight.decrementAndGet();
            wake();
        }
    }
}
