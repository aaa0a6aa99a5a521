package com.ledgerport.benchmarks;

import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline of {@link WebSocketBenchmark}, present only in the benchmark's classpath: a WebSocket that does
 * nothing but hand each frame it is given to every open session — no authentication, no database, no
 * outbox, no filters. What Ledgerport adds on top of the transport is the difference.
 */
@ServerWebSocket("/bench/broadcast")
final class BroadcastEndpoint {

    static final Set<WebSocketSession> SESSIONS = ConcurrentHashMap.newKeySet();

    @OnOpen
    @NonBlocking
    void open(WebSocketSession session) {
        SESSIONS.add(session);
    }

    @OnMessage
    @NonBlocking
    void message(String text, WebSocketSession session) {
        // Clients say nothing on this socket.
    }

    static void broadcast(String frame) {
        for (WebSocketSession session : SESSIONS) {
            if (session.isOpen()) {
                session.sendAsync(frame);
            }
        }
    }
}
