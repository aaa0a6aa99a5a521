package com.ledgerport.adapter.out.webhooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ledgerport.application.port.out.WebhookTransport;
import com.ledgerport.domain.event.DeliveryId;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook bodies per contract, and the POST itself with the JDK's HTTP client: HTTP/1.1, no redirects (a redirect
 * could lead past the private-target guard), the configured timeout for connecting and for the answer. The answer's
 * body is discarded: only its status counts.
 */
@Singleton
final class HttpWebhookTransport implements WebhookTransport {

    static final String USER_AGENT = "Ledgerport-Webhooks/1";
    /** Seed 002 shows {@code 2026-01-15T12:58:23+00:00}. */
    static final DateTimeFormatter SEED_002_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient client;
    private final Duration timeout;

    HttpWebhookTransport(WebhookSettings settings) {
        settings.check();
        this.timeout = settings.getTimeout();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] body(WebhookContract contract, Event event, DeliveryId idempotencyKey, Instant sentAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            if (contract == WebhookContract.WALLET) {
                walletBody(json, event);
            } else {
                json.writeStringField("event", event.type().wireName());
                if (contract == WebhookContract.HOOKS) {
                    json.writeStringField("id", event.id().toString());
                    json.writeStringField("topic", event.topic());
                    json.writeStringField("object_id", event.objectId());
                    json.writeNumberField("sequence", event.sequence());
                }
                json.writeStringField("timestamp", SEED_002_TIME.format(event.occurredAt()));
                json.writeStringField("idempotency_key", idempotencyKey.toString());
                json.writeFieldName("data");
                write(json, event.payload().fields());
            }
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Seed 003's fields, from the event's payload where it carries them. */
    private static void walletBody(JsonGenerator json, Event event) throws IOException {
        Map<String, Object> data = event.payload().fields();
        json.writeStringField("transaction_id", text(data, "transaction_id", event.objectId()));
        json.writeStringField("status", text(data, "status",
                event.type() == EventType.TRANSACTION_FAILED ? "failed" : "completed"));
        json.writeStringField("message", text(data, "message", ""));
        json.writeStringField("updated_at", text(data, "updated_at", event.occurredAt().toString()));
        json.writeStringField("uuid", text(data, "uuid", ""));
        json.writeStringField("signed_uuid", text(data, "signed_uuid", ""));
    }

    private static String text(Map<String, Object> data, String key, String otherwise) {
        Object value = data.get(key);
        return value == null ? otherwise : value.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeStartArray();
            for (Object item : (List<?>) value) {
                write(json, item);
            }
            json.writeEndArray();
        }
    }

    @Override
    public Response post(String url, List<String[]> headers, byte[] body) {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String[] header : headers) {
                request.header(header[0], header[1]);
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Response(Optional.of(response.statusCode()), since(started), Optional.empty());
        } catch (HttpTimeoutException slow) {
            return failed(started, "timed out after " + timeout.toMillis() + " ms");
        } catch (IOException | IllegalArgumentException failed) {
            return failed(started, failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(started, "interrupted (the node is stopping)");
        }
    }

    private static Response failed(long started, String error) {
        return new Response(Optional.empty(), since(started), Optional.of(error));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
