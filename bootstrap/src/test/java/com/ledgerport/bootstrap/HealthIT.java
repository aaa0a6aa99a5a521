package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /health} answers 200 while the database answers, and 503 once it stops answering: the database
 * here is an H2 server on a TCP port that the test shuts down under the running Ledgerport.
 */
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answers_200_while_the_database_is_up_and_503_when_it_goes_away() throws Exception {
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://localhost:" + database.getPort() + "/mem:health"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Map<String, Object> properties = Map.of(
                "micronaut.server.port", -1,
                "ledgerport.data-dir", Files.createTempDirectory("ledgerport-health").toString(),
                "ledgerport.admin-token", "health-test-operator-token",
                "datasources.default.url", url,
                "datasources.default.connection-timeout", 1000);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            HttpResponse<String> up = get(server);
            assertEquals(200, up.statusCode());
            assertEquals("{\"status\":\"UP\",\"database\":\"UP\"}", up.body());

            database.stop();

            HttpResponse<String> down = get(server);
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"database\":\"DOWN\"}", down.body());
        } finally {
            database.stop();
        }
    }

    private HttpResponse<String> get(EmbeddedServer server) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
