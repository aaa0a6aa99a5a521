package com.ledgerport.adapter.in.ws;

import com.ledgerport.application.port.in.SubscribeEventsUseCase.EventSink;
import com.ledgerport.application.port.in.SubscribeEventsUseCase.Subscriber;
import com.ledgerport.application.port.in.WatchCredentialUseCase.Watch;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.event.CommittedEvent;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * One socket's state. Frames from the client are handled one after another (see {@link SocketEndpoint});
 * frames to the client go straight to the channel, counted until written: past the send buffer's frame or
 * byte limit the client is not reading fast enough, and the socket is closed (4008) rather than let its
 * backlog grow.
 */
final class SocketConnection implements EventSink {

    static final Duration HARD_CLOSE_GRACE = Duration.ofSeconds(1);

    private final WebSocketSession session;
    private final SocketSettings settings;
    private final SocketTimers timers;
    private final Frames frames;
    private volatile Principal principal;
    private volatile Subscriber subscriber;
    private volatile Watch watch;
    private volatile ScheduledFuture<?> authDeadline;
    private volatile ScheduledFuture<?> expiryCheck;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean closing;
    private volatile int closeCode;
    /** Only the frame chain touches these. */
    private CompletableFuture<?> lastFrame = CompletableFuture.completedFuture(null);
    private int malformed;
    private long rateWindowStart = System.nanoTime();
    private int rateCount;
    private int rateRefused;
    /** Guarded by {@code this}. */
    private int pendingFrames;
    private long pendingBytes;
    private long pendingBytesPeak;

    SocketConnection(WebSocketSession session, SocketSettings settings, SocketTimers timers, Frames frames) {
        this.session = session;
        this.settings = settings;
        this.timers = timers;
        this.frames = frames;
    }

    WebSocketSession session() {
        return session;
    }

    Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    void authenticated(Principal authenticated, Watch credentialWatch) {
        principal = authenticated;
        watch = credentialWatch;
        ScheduledFuture<?> deadline = authDeadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    void principalChanged(Principal changed) {
        principal = changed;
        Subscriber current = subscriber;
        if (current != null) {
            current.principalChanged(changed);
        }
    }

    Optional<Watch> watch() {
        return Optional.ofNullable(watch);
    }

    void authDeadline(ScheduledFuture<?> deadline) {
        authDeadline = deadline;
    }

    void expiryCheck(ScheduledFuture<?> check) {
        expiryCheck = check;
    }

    Optional<Subscriber> subscriber() {
        return Optional.ofNullable(subscriber);
    }

    void subscriber(Subscriber opened) {
        subscriber = opened;
    }

    CompletableFuture<?> lastFrame() {
        return lastFrame;
    }

    void lastFrame(CompletableFuture<?> frame) {
        lastFrame = frame;
    }

    int malformed() {
        return ++malformed;
    }

    void active() {
        lastActivityNanos = System.nanoTime();
    }

    Duration idleFor() {
        return Duration.ofNanos(System.nanoTime() - lastActivityNanos);
    }

    /**
     * Counts a request against the per-second budget. Empty when it may proceed; otherwise whether the client
     * should be told (true) or cut off for keeping on (false: refused more than a second's budget).
     */
    Optional<Boolean> overRate() {
        long now = System.nanoTime();
        if (now - rateWindowStart >= 1_000_000_000L) {
            rateWindowStart = now;
            rateCount = 0;
            rateRefused = 0;
        }
        if (++rateCount <= settings.getMessagesPerSecond()) {
            return Optional.empty();
        }
        return Optional.of(++rateRefused <= settings.getMessagesPerSecond());
    }

    boolean isOpen() {
        return session.isOpen() && !closing;
    }

    /** Queues a frame for the client; false (and the socket closing as a slow consumer) when the buffer is full. */
    boolean send(String frame) {
        return send(frame.getBytes(StandardCharsets.UTF_8));
    }

    /** The same, for a frame already in UTF-8 (an event's frame is encoded once for all its sockets). */
    boolean send(byte[] utf8) {
        long bytes = utf8.length;
        synchronized (this) {
            if (closing) {
                return false;
            }
            if (pendingFrames + 1 > settings.getSendBufferFrames()
                    || pendingBytes + bytes > settings.getSendBufferBytes()) {
                timers.after(Duration.ZERO, () -> close(CloseCodes.SLOW_CONSUMER));
                return false;
            }
            if (!session.isOpen()) {
                return true; // gone: dropped here, and the registry lets go of the socket shortly
            }
            pendingFrames++;
            pendingBytes += bytes;
            pendingBytesPeak = Math.max(pendingBytesPeak, pendingBytes);
            // Sent while holding the lock, so frames reach the channel in the order they were accepted. The
            // frame wraps the array without copying it; Netty only reads it.
            try {
                session.sendAsync(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)))
                        .whenComplete((sent, failure) -> written(bytes));
            } catch (RuntimeException closedMeanwhile) {
                written(bytes);
            }
        }
        return true;
    }

    private synchronized void written(long bytes) {
        pendingFrames--;
        pendingBytes -= bytes;
        notifyAll();
    }

    /** The code this server closed the socket with; 0 when the client closed it (or it is open). */
    int closeCode() {
        return closeCode;
    }

    synchronized long pendingBytesPeak() {
        return pendingBytesPeak;
    }

    @Override
    public boolean deliver(CommittedEvent event) {
        return send(frames.event(event));
    }

    @Override
    public synchronized boolean awaitRoom(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closing && pendingFrames >= settings.getSendBufferFrames() / 2) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closing;
    }

    @Override
    public void overflowed() {
        timers.after(Duration.ZERO, () -> close(CloseCodes.SLOW_CONSUMER));
    }

    /**
     * Closes with a code, lets go of subscriptions and the credential watch, and drops the connection outright
     * if the close handshake has not finished within a second (a client that does not read never receives
     * the Close frame queued behind its backlog).
     */
    void close(CloseReason reason) {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            closeCode = reason.getCode();
            notifyAll();
        }
        release();
        session.close(reason);
        timers.after(HARD_CLOSE_GRACE, () -> {
            if (session.isOpen()) {
                Channels.abort(session);
            }
        });
    }

    /** Subscriptions and the watch end with the socket, however it ended. */
    void release() {
        Subscriber current = subscriber;
        if (current != null) {
            current.close();
        }
        Watch currentWatch = watch;
        if (currentWatch != null) {
            currentWatch.cancel();
        }
        ScheduledFuture<?> deadline = authDeadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
        ScheduledFuture<?> expiry = expiryCheck;
        if (expiry != null) {
            expiry.cancel(false);
        }
    }
}
