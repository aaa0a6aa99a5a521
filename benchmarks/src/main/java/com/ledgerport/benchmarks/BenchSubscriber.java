package com.ledgerport.benchmarks;

import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * One benchmark client: counts the event frames it receives and records, for each, the time since the
 * publisher stamped it ({@code "t":<nanoTime>} in the frame; publisher and clients share one JVM and clock).
 */
final class BenchSubscriber implements WebSocket.Listener {

    private static final String STAMP = "\"t\":";
    private static final String OBJECT = "\"object_id\":\"";
    /** When the publisher's commit returned, per object id (Ledgerport events only). */
    static final Map<String, Long> COMMITTED = new ConcurrentHashMap<>();

    final AtomicLong received;
    final Recorder latencyMicros;
    final Recorder commitToDeliveryMicros;
    final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    volatile int closeCode;
    WebSocket socket;

    BenchSubscriber(AtomicLong received, Recorder latencyMicros, Recorder commitToDeliveryMicros) {
        this.received = received;
        this.latencyMicros = latencyMicros;
        this.commitToDeliveryMicros = commitToDeliveryMicros;
    }

    @Override
    public void onOpen(WebSocket socket) {
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = System.nanoTime();
            int at = partial.indexOf(STAMP);
            if (at >= 0) {
                int end = at + STAMP.length();
                if (partial.charAt(end) == '-') {
                    end++;
                }
                while (end < partial.length() && Character.isDigit(partial.charAt(end))) {
                    end++;
                }
                long stamp = Long.parseLong(partial, at + STAMP.length(), end, 10);
                received.incrementAndGet();
                latencyMicros.recordValue(Math.max(1, (now - stamp) / 1_000));
                recordSinceCommit(now);
            } else {
                replies.add(partial.toString());
            }
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    /** A frame that arrives before its publisher's commit call has even returned counts as 1 µs. */
    private void recordSinceCommit(long now) {
        int at = partial.indexOf(OBJECT + "bench-");
        if (at < 0) {
            return;
        }
        int start = at + OBJECT.length();
        String object = partial.substring(start, partial.indexOf("\"", start));
        Long committed = COMMITTED.get(object);
        commitToDeliveryMicros.recordValue(committed == null ? 1 : Math.max(1, (now - committed) / 1_000));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closeCode = statusCode;
        return null;
    }
}
