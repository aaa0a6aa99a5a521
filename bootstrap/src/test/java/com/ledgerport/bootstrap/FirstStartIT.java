package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first start of a fresh installation and the start after it, on the embedded default (an H2 file under
 * the data directory) or, in the PostgreSQL suite, on a fresh PostgreSQL database.
 */
class FirstStartIT {

    private static final Pattern TOKEN = Pattern.compile("lp_op_[A-Za-z0-9_-]{43}");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void generates_prints_and_keeps_the_operator_token_and_jwt_secret_across_restarts() throws Exception {
        Path dataDirectory = Files.createTempDirectory("ledgerport-first-start");
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.port", -1);
            properties.put("ledgerport.data-dir", dataDirectory.toString());
            properties.put("ledgerport.password-iterations", 1000);
            if (database.engine() == TestDatabase.Engine.POSTGRESQL) {
                properties.putAll(database.properties());
            }

            String printed = startCapturingStdout(properties, server -> {
                assertEquals(401, get(server, "/admin/v1/partners", "Bearer wrong").statusCode());
            });
            Matcher matcher = TOKEN.matcher(printed);
            assertTrue(matcher.find(), "the first start prints the generated token: " + printed);
            String token = matcher.group();
            assertFalse(matcher.find(), "and prints it once");

            Path secret = dataDirectory.resolve("jwt-secret");
            assertTrue(Files.exists(secret));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
            String secretBefore = Files.readString(secret);
            if (database.engine() == TestDatabase.Engine.H2) {
                assertTrue(Files.exists(dataDirectory.resolve("ledgerport.mv.db")),
                        "the embedded default keeps its database under the data directory");
            }

            String printedAgain = startCapturingStdout(properties, server -> {
                assertEquals(200, get(server, "/admin/v1/partners", "Bearer " + token).statusCode(),
                        "the stored digest still accepts the token after a restart");
                assertEquals(200, get(server, "/health", null).statusCode());
            });
            assertFalse(TOKEN.matcher(printedAgain).find(), "a later start never prints a token");
            assertEquals(secretBefore, Files.readString(secret), "the JWT secret survives restarts");
        }
    }

    @Test
    void uses_the_configured_operator_token_and_prints_nothing() throws Exception {
        Path dataDirectory = Files.createTempDirectory("ledgerport-configured");
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("micronaut.server.port", -1);
            properties.put("ledgerport.data-dir", dataDirectory.toString());
            properties.put("ledgerport.admin-token", "my-own-operator-token-1234567890");
            properties.put("ledgerport.jwt-secret", "a-configured-jwt-secret-of-at-least-32-bytes");
            String printed = startCapturingStdout(properties, server -> {
                assertEquals(200, get(server, "/admin/v1/partners", "Bearer my-own-operator-token-1234567890")
                        .statusCode());
            });
            assertFalse(TOKEN.matcher(printed).find());
            assertFalse(Files.exists(dataDirectory.resolve("jwt-secret")), "a configured secret is not written");
        }
    }

    @Test
    void refuses_to_start_with_a_configured_jwt_secret_that_is_too_short() throws Exception {
        Path dataDirectory = Files.createTempDirectory("ledgerport-short-secret");
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("micronaut.server.port", -1);
            properties.put("ledgerport.data-dir", dataDirectory.toString());
            properties.put("ledgerport.jwt-secret", "too-short");
            Exception failure = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> ApplicationContext.run(EmbeddedServer.class, properties).close());
            assertTrue(rootMessage(failure).contains("at least 32 bytes"), rootMessage(failure));
        }
    }

    private interface ServerCheck {
        void check(EmbeddedServer server) throws Exception;
    }

    private static String startCapturingStdout(Map<String, Object> properties, ServerCheck check) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            System.setOut(original);
            check.check(server);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(EmbeddedServer server, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        StringBuilder messages = new StringBuilder();
        while (cause != null) {
            messages.append(cause.getMessage()).append(" | ");
            cause = cause.getCause();
        }
        return messages.toString();
    }
}
