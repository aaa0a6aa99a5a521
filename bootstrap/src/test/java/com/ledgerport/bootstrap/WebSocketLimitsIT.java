package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.adapter.in.ws.SocketProbe;
import com.ledgerport.domain.event.EventType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-connection limits, set small here: frame size (1009), messages per second (rate_limited, then
 * 4007) and the send buffer (a client that does not read is closed with 4008, and the server's backlog for
 * it never exceeds the buffer). Keep-alive: {@code WebSocketKeepAliveIT}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketLimitsIT extends WebSocketSupport {

    private static final int FRAME_BYTES_MAX = 2_048;
    private static final int MESSAGES_PER_SECOND = 5;
    private static final int SEND_BUFFER_FRAMES = 64;
    private static final long SEND_BUFFER_BYTES = 32 * 1024;
    private static final int SLOW_CONSUMER_EVENTS = 5_000;
    private static final int EVENT_PAYLOAD_CHARS = 8_000;
    private static final int SLOW_CONSUMER_CLOSE = 4008;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "ledgerport.ws.frame-bytes-max", String.valueOf(FRAME_BYTES_MAX),
                "ledgerport.ws.messages-per-second", String.valueOf(MESSAGES_PER_SECOND),
                "ledgerport.ws.send-buffer-frames", String.valueOf(SEND_BUFFER_FRAMES),
                "ledgerport.ws.send-buffer-bytes", String.valueOf(SEND_BUFFER_BYTES));
    }

    @Test
    void closes_with_1009_on_a_frame_larger_than_the_limit() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket socket = loggedIn(jwtLogin("m", tenant.session()))) {
            socket.send(request("account.get", "big", "{\"pad\":\"" + "x".repeat(FRAME_BYTES_MAX) + "\"}"));
            assertEquals("frame_too_large", TestSocket.payload(socket.next()).get("code"));
            assertEquals(1009, socket.awaitClose().code());
        }
    }

    @Test
    void answers_rate_limited_beyond_the_rate_and_closes_with_4007_when_the_client_keeps_on() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket socket = loggedIn(jwtLogin("m", tenant.session()))) {
            for (int i = 0; i < MESSAGES_PER_SECOND * 3; i++) {
                socket.send(request("account.get", "r-" + i, "{}"));
            }
            int ok = 0;
            int limited = 0;
            for (int i = 0; i < MESSAGES_PER_SECOND * 2; i++) {
                Map<String, Object> reply = socket.next();
                if ("account.get.ok".equals(reply.get("type"))) {
                    ok++;
                } else {
                    assertEquals("rate_limited", TestSocket.payload(reply).get("code"), reply.toString());
                    limited++;
                }
            }
            assertTrue(ok <= MESSAGES_PER_SECOND && ok >= 1 && limited >= MESSAGES_PER_SECOND - 1,
                    ok + " answered, " + limited + " limited");
            assertEquals(4007, socket.awaitClose().code());
        }
    }

    @Test
    void closes_a_client_that_does_not_read_while_its_backlog_stays_within_the_buffer() throws Exception {
        Tenant tenant = newTenant();
        String p = tenant.partnerId();
        TestSocket slow = TestSocket.connect(http, jsonMapper, server.getPort(), false);
        try (slow) {
            slow.send(jwtLogin("slow", tenant.session()));
            slow.send(request("events.subscribe", "s", "{\"topics\":[\"company/" + p + "/#\"]}"));
            Thread.sleep(300);
            long slowBefore = SocketProbe.closedWith(server.getApplicationContext(), SLOW_CONSUMER_CLOSE);
            String padding = "y".repeat(EVENT_PAYLOAD_CHARS);
            long openAfter = -1;
            for (int i = 0; i < SLOW_CONSUMER_EVENTS && openAfter < 0; i++) {
                publish(p, Mode.LIVE, EventType.ORDER_STATUS_CHANGED, "o-" + i, Map.of("pad", padding));
                if (connectionsOf() == 0) {
                    openAfter = i;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (connectionsOf() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, connectionsOf(), "the slow consumer is gone from the server");
            assertEquals(slowBefore + 1, SocketProbe.closedWith(server.getApplicationContext(), SLOW_CONSUMER_CLOSE),
                    "closed as a slow consumer after " + openAfter + " events");
            assertTrue(pendingPeak() <= SEND_BUFFER_BYTES, "backlog peaked at " + pendingPeak() + " bytes");
            assertTrue(pendingPeak() > SEND_BUFFER_BYTES / 2, "the buffer did fill: " + pendingPeak());
        }
    }

    private int connectionsOf() {
        return SocketProbe.connections(server.getApplicationContext());
    }

    private long pendingPeak() {
        return SocketProbe.pendingBytesPeak(server.getApplicationContext());
    }

}
