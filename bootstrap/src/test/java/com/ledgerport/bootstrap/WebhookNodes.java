package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Server nodes started and stopped by a test, all on one database, for failover and multi-node suites. */
final class WebhookNodes {

    static final String OPERATOR = "webhook-nodes-operator-token-0123456789";

    private final TestDatabase database;
    private final HttpClient http = HttpClient.newHttpClient();

    WebhookNodes(TestDatabase database) {
        this.database = database;
    }

    EmbeddedServer start(boolean dispatching) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        try {
            properties.put("ledgerport.data-dir", Files.createTempDirectory("ledgerport-node").toString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        properties.put("ledgerport.admin-token", OPERATOR);
        properties.put("ledgerport.jwt-secret", "a-shared-jwt-secret-for-every-node-0123456789");
        properties.put("ledgerport.secrets-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        properties.put("ledgerport.password-iterations", 1000);
        properties.put("datasources.default.maximum-pool-size", 8);
        WebhookDeliveryIT.webhookProperties().forEach(properties::put);
        properties.put("ledgerport.webhooks.dispatcher-enabled", dispatching);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    Map<String, Object> operator(EmbeddedServer node, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.getPort() + path))
                .header("Authorization", "Bearer " + OPERATOR).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(true, response.statusCode() < 300, response.body());
            return node.getApplicationContext().getBean(JsonMapper.class).readValue(response.body(),
                    Argument.mapOf(String.class, Object.class));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A partner with a signing secret and an endpoint for order events at {@code url}: its id. */
    String partnerWithEndpoint(EmbeddedServer node, String url) {
        String partner = (String) operator(node, "POST", "/admin/v1/partners",
                "{\"name\":\"Nodes\",\"currency\":\"EUR\"}").get("id");
        operator(node, "POST", "/admin/v1/partners/" + partner + "/signing-secret", null);
        operator(node, "POST", "/admin/v1/partners/" + partner + "/webhooks",
                "{\"url\":\"" + url + "\",\"events\":[\"order.status_changed\"]}");
        return partner;
    }

    static Event append(EmbeddedServer node, String partner, String objectId) {
        ApplicationContext context = node.getApplicationContext();
        Outbox outbox = context.getBean(Outbox.class);
        Clock clock = context.getBean(Clock.class);
        return context.getBean(UnitOfWork.class).write(() -> outbox.append(new NewEvent(PartnerId.parse(partner),
                Mode.LIVE, EventType.ORDER_STATUS_CHANGED, objectId, EventPayload.of(Map.of("order_id", objectId)),
                clock.instant())));
    }
}
