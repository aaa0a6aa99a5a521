package com.ledgerport.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real webhook receiver on loopback (the JDK's HttpServer): records every request it gets (headers, raw body,
 * arrival time) and answers what {@link #answer} says: a status code, after an optional hold.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, byte[] body, long arrivedNanos) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Integer> answer = request -> 200;
    private volatile int port;
    private HttpServer server;

    WebhookReceiver start() {
        return startOn(0);
    }

    synchronized WebhookReceiver startOn(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 64);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Starts again on the same port (after {@link #stop}). */
    void restart() {
        startOn(port);
    }

    void answer(Function<Received, Integer> answer) {
        this.answer = answer;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            Received request = new Received(exchange.getRequestURI().getPath(), headers, body, System.nanoTime());
            received.add(request);
            int status = answer.apply(request);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
