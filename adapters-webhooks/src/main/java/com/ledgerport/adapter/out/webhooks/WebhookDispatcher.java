package com.ledgerport.adapter.out.webhooks;

import com.ledgerport.application.port.in.DeliverWebhooksUseCase;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase.AttemptOutcome;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase.ClaimCommand;
import com.ledgerport.application.port.in.DeliverWebhooksUseCase.Sent;
import com.ledgerport.application.port.out.OutboxListener;
import com.ledgerport.application.port.out.WebhookDeliveries.Claimed;
import com.ledgerport.domain.event.WebhookEndpointId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's delivery loop. One thread claims due deliveries (woken after a local commit that appended events, else
 * every poll interval) into a local queue; {@code concurrency} workers take them oldest first and POST them; one
 * recorder thread records what the workers sent meanwhile in one transaction (group commit), while they go on.
 *
 * <p><b>Claim ahead.</b> The node holds up to {@link #HELD_PER_SLOT} times its concurrency in leased deliveries
 * (queued, in flight, or sent and waiting to be recorded), so the next claim runs while the workers POST the previous one's, and under a backlog each
 * claim is a large batch (it waits until at least {@code concurrency} places are free). A queued delivery is started
 * only while its lease has more than the HTTP timeout left, so its attempt and record end before another node may
 * claim it; one whose lease ran short is given back instead.
 *
 * <p><b>Bounded per endpoint.</b> At most {@code concurrency-per-endpoint} deliveries of one endpoint are in flight
 * (a worker skips the queued deliveries of an endpoint at its bound and takes the next one), and at most
 * {@link #HELD_PER_SLOT} times that are held; an endpoint holding its share is left out of the next claims, and a
 * claimed delivery beyond it is given back at once. A slow or dead endpoint thus holds a few workers and a few
 * queued deliveries, never the rest.
 */
@Singleton
public final class WebhookDispatcher implements OutboxListener {

    /** Deliveries held (queued, in flight, or sent and not yet recorded) per place of concurrency. */
    static final int HELD_PER_SLOT = 4;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliverWebhooksUseCase deliverWebhooks;
    private final WebhookSettings settings;
    private final Clock clock;
    private final int heldMax;
    private final int heldPerEndpointMax;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private final List<Thread> workers = new ArrayList<>();
    private final LinkedBlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    private volatile boolean workersDone;
    private Thread loop;
    private Thread recorder;

    /** Guarded by {@link #state}: what this node holds, and per endpoint. */
    private final Object state = new Object();
    private final ArrayDeque<Claimed> queued = new ArrayDeque<>();
    private final Map<WebhookEndpointId, Held> heldByEndpoint = new HashMap<>();
    private int held;

    private static final class Held {
        int inFlight;
        int total;
    }

    WebhookDispatcher(DeliverWebhooksUseCase deliverWebhooks, WebhookSettings settings, Clock clock) {
        settings.check();
        this.deliverWebhooks = deliverWebhooks;
        this.settings = settings;
        this.clock = clock;
        this.heldMax = settings.getConcurrency() * HELD_PER_SLOT;
        this.heldPerEndpointMax = settings.getConcurrencyPerEndpoint() * HELD_PER_SLOT;
    }

    public synchronized void start() {
        if (running || !settings.isDispatcherEnabled()) {
            return;
        }
        running = true;
        for (int n = 1; n <= settings.getConcurrency(); n++) {
            Thread worker = new Thread(this::work, "webhook-delivery-" + n);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        workersDone = false;
        recorder = new Thread(this::record, "webhook-recorder");
        recorder.setDaemon(true);
        recorder.start();
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
        synchronized (state) {
            state.notifyAll();
        }
        workers.forEach(Thread::interrupt);
        try {
            loop.join(TimeUnit.SECONDS.toMillis(5));
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            }
            // What the workers sent is still recorded (else it would be sent again after the lease).
            workersDone = true;
            recorder.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        workers.clear();
        List<Claimed> unstarted;
        synchronized (state) {
            unstarted = new ArrayList<>(queued);
            queued.clear();
            unstarted.forEach(this::forget);
        }
        giveBack(unstarted);
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
                more = claimOnce();
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

    /**
     * Claims what there is room for into the queue; answers whether to claim again at once (the claim came back full
     * and there is still a batch's worth of room).
     */
    boolean claimOnce() {
        int room;
        Set<WebhookEndpointId> full;
        synchronized (state) {
            room = heldMax - held;
            // Claim in batches (a claim is a transaction): wait for a batch's worth of room unless nothing is held.
            if (room <= 0 || (held > 0 && room < settings.getConcurrency())) {
                return false;
            }
            full = heldByEndpoint.entrySet().stream().filter(entry -> entry.getValue().total >= heldPerEndpointMax)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        }
        List<Claimed> claimed = deliverWebhooks.claim(new ClaimCommand(room, full));
        List<Claimed> noRoom = new ArrayList<>();
        synchronized (state) {
            for (Claimed delivery : claimed) {
                Held endpoint = heldByEndpoint.computeIfAbsent(delivery.endpoint().id(), id -> new Held());
                if (!running || endpoint.total >= heldPerEndpointMax || held >= heldMax) {
                    noRoom.add(delivery);
                    if (endpoint.total == 0) {
                        heldByEndpoint.remove(delivery.endpoint().id());
                    }
                    continue;
                }
                endpoint.total++;
                held++;
                queued.addLast(delivery);
            }
            // One waiting worker per queued delivery (not all of them: most would find nothing and wait again).
            for (int added = claimed.size() - noRoom.size(); added > 0; added--) {
                state.notify();
            }
        }
        giveBack(noRoom);
        synchronized (state) {
            return claimed.size() == room && claimed.size() > noRoom.size()
                    && heldMax - held >= settings.getConcurrency();
        }
    }

    private void work() {
        while (running) {
            Claimed next;
            try {
                next = takeNext();
            } catch (InterruptedException interrupted) {
                return;
            }
            Sent attempt = null;
            try {
                attempt = deliverWebhooks.send(next);
            } catch (RuntimeException failed) {
                // Nothing was sent: the lease runs out and the delivery is claimed again.
                LOG.warn("Webhook delivery {} failed before its attempt was made", next.id(), failed);
            } finally {
                answered(next, attempt);
            }
        }
    }

    /**
     * The recorder: writes what the workers sent meanwhile in one transaction, then frees those deliveries' places.
     * Workers never wait for it, so the next POSTs overlap the recording. It ends after the workers, recording what
     * they sent.
     */
    private void record() {
        List<Sent> batch = new ArrayList<>();
        while (true) {
            try {
                Sent first = sent.poll(settings.getPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!running && workersDone) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            sent.drainTo(batch, DeliverWebhooksUseCase.RECORDED_TOGETHER_MAX - batch.size());
            try {
                List<AttemptOutcome> outcomes = deliverWebhooks.record(batch);
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i) == AttemptOutcome.NOT_RECORDED) {
                        LOG.warn("The attempt of webhook delivery {} was not recorded; claimed again when its lease "
                                + "ends", batch.get(i).claimed().id());
                    }
                }
            } catch (RuntimeException failed) {
                LOG.warn("Recording {} webhook attempts failed; claimed again when their leases end", batch.size(),
                        failed);
            } finally {
                synchronized (state) {
                    batch.forEach(one -> forget(one.claimed()));
                }
                batch.clear();
                wake();
            }
        }
    }

    /**
     * The oldest queued delivery whose endpoint has room and whose lease outlasts an attempt; waits for one. Queued
     * deliveries whose lease is too short to start are given back on the way.
     */
    Claimed takeNext() throws InterruptedException {
        while (true) {
            List<Claimed> expired = new ArrayList<>();
            Claimed next = null;
            synchronized (state) {
                while (running && next == null && expired.isEmpty()) {
                    Instant latestStart = clock.instant().plus(settings.getTimeout());
                    for (Iterator<Claimed> it = queued.iterator(); it.hasNext(); ) {
                        Claimed candidate = it.next();
                        if (!latestStart.isBefore(candidate.leaseUntil())) {
                            it.remove();
                            expired.add(candidate);
                            forget(candidate);
                            continue;
                        }
                        Held endpoint = heldByEndpoint.get(candidate.endpoint().id());
                        if (endpoint.inFlight < settings.getConcurrencyPerEndpoint()) {
                            it.remove();
                            endpoint.inFlight++;
                            next = candidate;
                            break;
                        }
                    }
                    if (next == null && expired.isEmpty()) {
                        // Woken by a claim or a finished attempt; the timeout catches leases running short.
                        state.wait(settings.getPollInterval().toMillis());
                    }
                }
                if (!running && next == null && expired.isEmpty()) {
                    throw new InterruptedException("the dispatcher stopped");
                }
            }
            if (!expired.isEmpty()) {
                LOG.debug("Giving back {} queued webhook deliveries whose lease ran short", expired.size());
                giveBack(expired);
                wake();
            }
            if (next != null) {
                return next;
            }
        }
    }

    /**
     * The POST of a delivery ended: its endpoint's place is free for the next one; the delivery stays held until its
     * attempt is recorded (or, if nothing was sent, at once).
     */
    void answered(Claimed delivery, Sent attempt) {
        // No worker is woken: this one takes the next queued delivery itself, that endpoint's included.
        synchronized (state) {
            heldByEndpoint.get(delivery.endpoint().id()).inFlight--;
            if (attempt == null) {
                forget(delivery);
            }
        }
        if (attempt == null) {
            wake();
        } else {
            sent.add(attempt);
        }
    }

    /** Under {@link #state}: the delivery is no longer held. */
    private void forget(Claimed delivery) {
        Held endpoint = heldByEndpoint.get(delivery.endpoint().id());
        held--;
        if (--endpoint.total == 0) {
            heldByEndpoint.remove(delivery.endpoint().id());
        }
    }

    private void giveBack(List<Claimed> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            deliverWebhooks.release(deliveries);
        } catch (RuntimeException failed) {
            // Their leases run out instead.
            LOG.warn("Giving back {} webhook deliveries failed; they are claimable when their lease ends",
                    deliveries.size(), failed);
        }
    }

    /** For tests: deliveries held (in flight and queued). */
    int held() {
        synchronized (state) {
            return held;
        }
    }
}
