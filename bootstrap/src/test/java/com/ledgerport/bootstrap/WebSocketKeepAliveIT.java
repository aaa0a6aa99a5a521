package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.adapter.in.ws.SocketProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keep-alive with a short idle timeout: the server pings a quiet socket every {@code ping-interval}; a client
 * that answers (the JDK's WebSocket answers pings by itself) stays open, one that answers nothing (it does not
 * read) is closed with 4009 once {@code idle-timeout} passed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketKeepAliveIT extends WebSocketSupport {

    private static final Duration IDLE = Duration.ofMillis(1_500);
    private static final Duration PING = Duration.ofMillis(300);
    private static final int IDLE_CLOSE = 4009;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.ws.idle-timeout", IDLE.toMillis() + "ms",
                "ledgerport.ws.ping-interval", PING.toMillis() + "ms");
    }

    @Test
    void keeps_a_quiet_client_open_with_pings_and_closes_one_that_answers_nothing() throws Exception {
        Tenant tenant = newTenant();
        try (TestSocket quiet = loggedIn(jwtLogin("q", tenant.session()));
                TestSocket deaf = TestSocket.connect(http, jsonMapper, server.getPort(), false)) {
            deaf.send(jwtLogin("deaf", tenant.session()));
            long deadline = System.nanoTime() + IDLE.multipliedBy(4).toNanos();
            while (SocketProbe.closedWith(server.getApplicationContext(), IDLE_CLOSE) == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, SocketProbe.closedWith(server.getApplicationContext(), IDLE_CLOSE),
                    "the deaf client, and only it, was closed as idle");
            assertEquals(1, SocketProbe.connections(server.getApplicationContext()), "the quiet one is still open");
            ask(quiet, "account.get", "{}", true);
        }
    }
}
