package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One client socket over the JDK's {@link WebSocket}: complete text frames queue up in order; the server's
 * close completes {@link #closed}. A socket opened {@code reading = false} never asks for a message, so the
 * client stops reading from TCP (a consumer that does not keep up).
 */
final class TestSocket implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    record Closed(int code, String reason) {
    }

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final JsonMapper jsonMapper;
    private final boolean reading;
    WebSocket webSocket;

    private TestSocket(JsonMapper jsonMapper, boolean reading) {
        this.jsonMapper = jsonMapper;
        this.reading = reading;
    }

    static TestSocket connect(HttpClient http, JsonMapper jsonMapper, int port, boolean reading) throws Exception {
        TestSocket socket = new TestSocket(jsonMapper, reading);
        socket.webSocket = http.newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), socket)
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return socket;
    }

    @Override
    public void onOpen(WebSocket socket) {
        if (reading) {
            socket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed.completeExceptionally(error);
    }

    void send(String text) throws Exception {
        webSocket.sendText(text, true).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next text frame, parsed; fails if none arrives in time. */
    Map<String, Object> next() throws InterruptedException {
        return next(WAIT);
    }

    Map<String, Object> next(Duration wait) throws InterruptedException {
        String frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            fail("no frame within " + wait + (closed.isDone() ? "; socket closed: " + closed.join() : ""));
        }
        try {
            return jsonMapper.readValue(frame, Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new AssertionError("not a JSON object: " + frame, notJson);
        }
    }

    Closed awaitClose() throws InterruptedException, ExecutionException {
        return awaitClose(WAIT);
    }

    Closed awaitClose(Duration wait) throws InterruptedException, ExecutionException {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException open) {
            throw new AssertionError("the server did not close the socket within " + wait, open);
        }
    }

    /**
     * Reads {@code total} event frames and checks that each event came once and each object's events in
     * sequence order from 1, then that nothing more arrives for {@code quiet}.
     */
    void assertEventsOnceInObjectOrder(int total, Duration quiet) throws InterruptedException {
        Map<String, Integer> last = new java.util.HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < total; i++) {
            Map<String, Object> frame = next();
            org.junit.jupiter.api.Assertions.assertEquals("event", frame.get("type"), frame.toString());
            Map<String, Object> event = payload(frame);
            String object = (String) event.get("object_id");
            int sequence = ((Number) event.get("sequence")).intValue();
            org.junit.jupiter.api.Assertions.assertEquals(last.getOrDefault(object, 0) + 1, sequence,
                    "per-object order: " + event);
            last.put(object, sequence);
            org.junit.jupiter.api.Assertions.assertTrue(ids.add((String) event.get("id")), "twice: " + event);
        }
        org.junit.jupiter.api.Assertions.assertNull(frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS),
                "nothing more than published");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> payload(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("payload");
    }

    /** Says goodbye politely, waits a moment for the server's answer, then drops the connection. */
    @Override
    public void close() {
        if (webSocket == null) {
            return;
        }
        if (!webSocket.isOutputClosed()) {
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "test done");
        }
        try {
            closed.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // The socket goes away below in any case.
        }
        webSocket.abort();
    }
}
