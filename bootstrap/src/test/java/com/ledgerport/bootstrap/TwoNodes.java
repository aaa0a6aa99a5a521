package com.ledgerport.bootstrap;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Two server nodes on one fresh PostgreSQL database (the multi-node suites, -Ppostgresql only), each caching
 * verified credentials for ten minutes, and the HTTP calls those suites make to either node.
 */
final class TwoNodes implements AutoCloseable {

    static final String OPERATOR = "two-node-operator-token-0123456789";
    static final String PASSWORD = "correct horse battery staple";

    final HttpClient http = HttpClient.newHttpClient();
    final TestDatabase database;
    final EmbeddedServer nodeA;
    final EmbeddedServer nodeB;
    final JsonMapper json;

    TwoNodes() throws IOException {
        database = TestDatabase.create();
        if (database.engine() != TestDatabase.Engine.POSTGRESQL) {
            database.close();
            throw new IllegalStateException("this suite needs PostgreSQL: run it with -Ppostgresql");
        }
        nodeA = ApplicationContext.run(EmbeddedServer.class, properties());
        nodeB = ApplicationContext.run(EmbeddedServer.class, properties());
        json = nodeA.getApplicationContext().getBean(JsonMapper.class);
    }

    private Map<String, Object> properties() throws IOException {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("ledgerport.data-dir", Files.createTempDirectory("ledgerport-node").toString());
        properties.put("ledgerport.admin-token", OPERATOR);
        properties.put("ledgerport.jwt-secret", "a-shared-jwt-secret-for-both-nodes-0123456789");
        properties.put("ledgerport.password-iterations", 1000);
        properties.put("ledgerport.credential-cache-ttl", "10m");
        properties.put("datasources.default.maximum-pool-size", 8);
        return properties;
    }

    @Override
    public void close() {
        nodeA.close();
        nodeB.close();
        database.close();
    }

    String partner(String name) throws Exception {
        return (String) send(nodeA, "POST", "/admin/v1/partners", "{\"name\":\"" + name + "\",\"currency\":\"EUR\"}",
                "Authorization", "Bearer " + OPERATOR, "Content-Type", "application/json").get("id");
    }

    String logIn(String partner, String email) throws Exception {
        send(nodeA, "POST", "/admin/v1/partners/" + partner + "/members",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "Authorization", "Bearer " + OPERATOR, "Content-Type", "application/json");
        return (String) send(nodeA, "POST", "/api/auth/login",
                "{\"username\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "Content-Type", "application/json").get("accessToken");
    }

    Map<String, Object> send(EmbeddedServer node, String method, String path, String body, String... headers)
            throws Exception {
        HttpResponse<String> response = http.send(request(node, method, path, body, headers),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    int status(EmbeddedServer node, String path, String... headers) throws Exception {
        return http.send(request(node, "GET", path, null, headers), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest request(EmbeddedServer node, String method, String path, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
