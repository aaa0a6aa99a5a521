package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of the HTTP suites: a real server on a random port over a fresh database (H2, or PostgreSQL with
 * -Ppostgresql), called through the JDK's own HTTP client so that every byte on the wire is what a partner
 * would send and see. Concrete classes carry {@code @MicronautTest(transactional = false)} and
 * {@code @TestInstance(PER_CLASS)}.
 */
public abstract class ServerTestSupport implements TestPropertyProvider {

    public static final String OPERATOR_TOKEN = "lp_op_test-operator-token-for-the-suite";
    public static final String PASSWORD = "correct horse battery staple";
    /** ISO 8601 in UTC with milliseconds, as seed 004 shows: {@code 2021-06-10T14:40:52.602Z}. */
    protected static final Pattern ISO_MILLIS_UTC =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    protected final TestDatabase database = TestDatabase.create();
    protected final Path dataDirectory = temporaryDirectory();
    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper jsonMapper;
    @Inject
    protected TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", "-1");
        properties.put("ledgerport.admin-token", OPERATOR_TOKEN);
        properties.put("ledgerport.password-iterations", "1000");
        properties.put("ledgerport.data-dir", dataDirectory.toString());
        for (String surface : new String[] {"admin", "account", "platform", "partner", "wallet", "certificates"}) {
            // Suites make many calls per credential; RateLimitIT checks the limits themselves.
            properties.put("ledgerport.rate-limits." + surface, "100000");
        }
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** The server stops before its database is dropped, so no connection of it sees the drop. */
    @AfterAll
    void dropDatabase() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        database.close();
    }

    /** One HTTP exchange; {@code headers} alternate name and value. A null body sends none. */
    protected Response call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    protected Response operator(String method, String path, String body) {
        return body == null
                ? call(method, path, null, "Authorization", "Bearer " + OPERATOR_TOKEN)
                : call(method, path, body, "Authorization", "Bearer " + OPERATOR_TOKEN,
                        "Content-Type", "application/json");
    }

    protected String createPartner(String name, String currency) {
        Response created = operator("POST", "/admin/v1/partners",
                "{\"name\":\"" + name + "\",\"currency\":\"" + currency + "\"}");
        assertEquals(201, created.status(), created.body());
        return (String) created.json().get("id");
    }

    protected String addMember(String partnerId, String email) {
        Response added = operator("POST", "/admin/v1/partners/" + partnerId + "/members",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, added.status(), added.body());
        return (String) added.json().get("id");
    }

    /** Logs in and answers the 004 token pair as a map with accessToken and refreshToken. */
    protected Map<String, Object> logIn(String email) {
        Response login = call("POST", "/api/auth/login",
                "{\"username\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "Content-Type", "application/json");
        assertEquals(200, login.status(), login.body());
        return login.json();
    }

    /**
     * Asserts seed 004's error envelope, exactly {@code {statusCode, path, timestamp, message}} with the path
     * below {@code /api}, and answers the message.
     */
    protected String assertCertificatesError(Response response, int status, String path) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response.body());
        Map<String, Object> body = response.json();
        assertEquals(Set.of("statusCode", "path", "timestamp", "message"), body.keySet(), response.body());
        assertEquals(status, ((Number) body.get("statusCode")).intValue(), response.body());
        assertEquals(path, body.get("path"), response.body());
        String timestamp = (String) body.get("timestamp");
        assertTrue(ISO_MILLIS_UTC.matcher(timestamp).matches(), timestamp);
        Duration skew = Duration.between(Instant.parse(timestamp), clock.instant()).abs();
        assertTrue(skew.compareTo(Duration.ofMinutes(1)) < 0, "timestamp is the server clock's: " + timestamp);
        assertTrue(body.get("message") instanceof String message && !message.isBlank(), response.body());
        return (String) body.get("message");
    }

    public final class Response {

        private final int status;
        private final java.net.http.HttpHeaders headers;
        private final String body;

        Response(int status, java.net.http.HttpHeaders headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public Map<String, Object> json() {
            try {
                return jsonMapper.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException notJson) {
                throw new AssertionError("not a JSON object: " + body, notJson);
            }
        }

        public List<Object> jsonList() {
            try {
                return jsonMapper.readValue(body, Argument.listOf(Object.class));
            } catch (IOException notJson) {
                throw new AssertionError("not a JSON array: " + body, notJson);
            }
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> error() {
            return (Map<String, Object>) json().get("error");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ledgerport-test-data");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
