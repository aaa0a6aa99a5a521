package com.ledgerport.adapter.in.ws;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's open sockets, swept every {@link #SWEEP}: a socket found closed lets go of its subscriptions and
 * credential watch; an open one is pinged once it has been quiet for {@code ledgerport.ws.ping-interval}, and
 * closed (4009) once nothing at all — no frame, no pong — came for {@code ledgerport.ws.idle-timeout}.
 * (Cleaning up here rather than in an {@code @OnClose} handler: see {@link SocketEndpoint#open}.)
 */
@Singleton
final class SocketRegistry {

    static final Duration SWEEP = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(SocketRegistry.class);
    private static final byte[] PING = "lp".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Map<String, SocketConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPing = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> closedWith = new ConcurrentHashMap<>();
    private final AtomicLong pendingBytesPeak = new AtomicLong();
    private final SocketTimers timers;
    private final SocketSettings settings;

    SocketRegistry(SocketTimers timers, SocketSettings settings) {
        this.timers = timers;
        this.settings = settings;
    }

    @PostConstruct
    void start() {
        timers.every(SWEEP, this::sweep);
    }

    void add(SocketConnection connection) {
        connections.put(connection.session().getId(), connection);
    }

    /** Open sockets on this node. */
    int size() {
        return connections.size();
    }

    /** How many sockets this server closed with {@code code} (counted once they are gone). */
    long closedWith(int code) {
        AtomicLong count = closedWith.get(code);
        return count == null ? 0 : count.get();
    }

    /** The largest send backlog any socket had, in bytes: never above {@code ledgerport.ws.send-buffer-bytes}. */
    long pendingBytesPeak() {
        long peak = pendingBytesPeak.get();
        for (SocketConnection connection : connections.values()) {
            peak = Math.max(peak, connection.pendingBytesPeak());
        }
        return peak;
    }

    private boolean pingDue(String id, long now) {
        Long last = lastPing.get(id);
        return last == null || now - last >= settings.getPingInterval().toNanos();
    }

    private void sweep() {
        long now = System.nanoTime();
        connections.forEach((id, connection) -> {
            try {
                if (!connection.session().isOpen()) {
                    connections.remove(id);
                    lastPing.remove(id);
                    connection.release();
                    pendingBytesPeak.accumulateAndGet(connection.pendingBytesPeak(), Math::max);
                    closedWith.computeIfAbsent(connection.closeCode(), code -> new AtomicLong()).incrementAndGet();
                } else if (connection.idleFor().compareTo(settings.getIdleTimeout()) >= 0) {
                    connection.close(CloseCodes.IDLE);
                } else if (connection.idleFor().compareTo(settings.getPingInterval()) >= 0
                        && pingDue(id, now)) {
                    lastPing.put(id, now);
                    connection.session().sendPingAsync(PING);
                }
            } catch (RuntimeException failed) {
                LOG.warn("sweeping WebSocket session {} failed", id, failed);
            }
        });
    }
}
