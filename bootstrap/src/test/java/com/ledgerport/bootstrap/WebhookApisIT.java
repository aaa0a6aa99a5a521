package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.bootstrap.WebhookReceiver.Received;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The registration surfaces: seed 004 {@code /api/hooks} and {@code /api/events} under the access-token scopes,
 * seed 003 {@code /api/v1/webhooks/register} with its body and answer (and the seed 003 delivery body), and the
 * operator's validation of webhook requests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookApisIT extends CredentialSuiteSupport {

    static final String ALL_HOOKS = "{\"hooks\":{\"actions\":[\"create_one\",\"read_one\",\"read_many\","
            + "\"update_one\",\"delete_one\"]},\"events\":{\"actions\":[\"read_one\",\"read_many\",\"retry_one\"]}}";

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Outbox outbox;

    final WebhookReceiver receiver = new WebhookReceiver();

    @Override
    protected Map<String, String> extraProperties() {
        return WebhookDeliveryIT.webhookProperties();
    }

    @BeforeAll
    void startReceiver() {
        receiver.start();
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    /** Deliveries are signed with the partner's signing secret, which only the operator issues. */
    Tenant signingTenant() {
        Tenant tenant = newTenant();
        assertEquals(201, operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/signing-secret", null)
                .status());
        return tenant;
    }

    Response hooks(String method, String path, Token token, String company, String body) {
        return body == null
                ? call(method, "/api/hooks" + path, null, "Authorization", token.bearer(), "company", company)
                : call(method, "/api/hooks" + path, body, "Authorization", token.bearer(), "company", company,
                        "Content-Type", JSON);
    }

    @Test
    void a_scoped_access_token_creates_reads_updates_and_deletes_hooks() {
        Tenant tenant = signingTenant();
        Token token = token(tenant, ALL_HOOKS);
        Response created = hooks("POST", "", token, tenant.partnerId(),
                "{\"url\":\"" + receiver.url("/hooks") + "\",\"events\":[\"hooks.update_one\"],"
                        + "\"description\":\"ci\"}");
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        assertEquals(List.of("hooks.update_one"), created.json().get("events"));
        assertEquals(true, created.json().get("enabled"));

        assertEquals(id, hooks("GET", "/" + id, token, tenant.partnerId(), null).json().get("id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) hooks("GET", "", token, tenant.partnerId(),
                null).json().get("data");
        assertEquals(List.of(id), listed.stream().map(hook -> hook.get("id")).toList());

        Response updated = hooks("PATCH", "/" + id, token, tenant.partnerId(), "{\"description\":\"renamed\"}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("renamed", updated.json().get("description"));
        // The update is itself a hooks.update_one event, which this hook asked for: a delivery with its topic.
        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.receivedAt("/hooks").isEmpty());
        Map<String, Object> delivered = json(receiver.receivedAt("/hooks").get(0));
        assertEquals("hooks.update_one", delivered.get("event"));
        assertEquals("company/" + tenant.partnerId() + "/test/hooks/update_one", delivered.get("topic"));

        Response disabled = hooks("PUT", "/" + id, token, tenant.partnerId(), "{\"enabled\":false}");
        assertEquals(false, disabled.json().get("enabled"));
        assertEquals(200, hooks("DELETE", "/" + id, token, tenant.partnerId(), null).status());
        assertCertificatesError(hooks("GET", "/" + id, token, tenant.partnerId(), null), 404, "/hooks/" + id);
    }

    @Test
    void hooks_refuse_missing_scopes_other_companies_private_garbage_and_unknown_event_types() {
        Tenant tenant = newTenant();
        Token readOnly = token(tenant, "{\"hooks\":{\"actions\":[\"read_many\"]}}");
        String body = "{\"url\":\"" + receiver.url("/never") + "\"}";
        assertCertificatesError(hooks("POST", "", readOnly, tenant.partnerId(), body), 403, "/hooks");
        Tenant stranger = newTenant();
        Token all = token(tenant, ALL_HOOKS);
        assertCertificatesError(hooks("POST", "", all, stranger.partnerId(), body), 403, "/hooks");
        String message = assertCertificatesError(hooks("POST", "", all, tenant.partnerId(), "{\"url\":\"ftp://x\"}"),
                400, "/hooks");
        assertTrue(message.contains("url"), message);
        message = assertCertificatesError(hooks("POST", "", all, tenant.partnerId(),
                "{\"url\":\"" + receiver.url("/x") + "\",\"events\":[\"no.such_event\"]}"), 400, "/hooks");
        assertTrue(message.contains("events"), message);
        assertCertificatesError(hooks("POST", "", all, tenant.partnerId(), "{}"), 400, "/hooks");
        assertCertificatesError(hooks("GET", "/not-an-id", all, tenant.partnerId(), null), 404, "/hooks/not-an-id");
    }

    @Test
    void the_event_log_reads_and_retries_under_the_events_scope() {
        Tenant tenant = signingTenant();
        Token token = token(tenant, ALL_HOOKS);
        Response created = hooks("POST", "", token, tenant.partnerId(), "{\"url\":\"" + receiver.url("/log") + "\"}");
        assertEquals(201, created.status(), created.body());
        Response listed = call("GET", "/api/events", null, "Authorization", token.bearer(), "company",
                tenant.partnerId());
        assertEquals(200, listed.status(), listed.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) listed.json().get("data");
        Map<String, Object> hookCreated = events.stream().filter(e -> e.get("event").equals("hooks.create_one"))
                .findFirst().orElseThrow();
        String eventId = (String) hookCreated.get("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", "/api/events/" + eventId, null,
                "Authorization", token.bearer(), "company", tenant.partnerId()).body().contains("\"delivered\""));
        Response retried = call("POST", "/api/events/" + eventId + "/retry", null, "Authorization", token.bearer(),
                "company", tenant.partnerId());
        assertEquals(200, retried.status(), retried.body());
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAt("/log").size() == 2);
        assertEquals(receiver.receivedAt("/log").get(0).header("webhook-id"),
                receiver.receivedAt("/log").get(1).header("webhook-id"), "a retry keeps the idempotency key");

        Token noEvents = token(tenant, "{\"hooks\":{\"actions\":[\"read_many\"]}}");
        assertCertificatesError(call("GET", "/api/events/" + eventId, null, "Authorization", noEvents.bearer(),
                "company", tenant.partnerId()), 403, "/events/" + eventId);
        Tenant stranger = newTenant();
        Token strangers = token(stranger, ALL_HOOKS);
        assertCertificatesError(call("GET", "/api/events/" + eventId, null, "Authorization", strangers.bearer(),
                "company", stranger.partnerId()), 404, "/events/" + eventId);
    }

    @Test
    void seed_003_registers_a_webhook_and_delivers_the_seed_body_for_transaction_events() {
        String partner = createPartner("Wallet hooks", "USD");
        assertEquals(201, operator("POST", "/admin/v1/partners/" + partner + "/signing-secret", null).status());
        Response generated = operator("POST", "/api/v1/keys/generate", "{\"service_provider\":\"" + partner + "\"}");
        @SuppressWarnings("unchecked")
        byte[] privateKey = Base64.getDecoder().decode((String) ((Map<String, Object>) generated.json().get("data"))
                .get("private_key"));
        String uuid = UuidV7.next().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endpoint_url", receiver.url("/wallet"));
        body.put("event_type", "transaction_completed");
        body.put("service_provider", partner);
        body.put("uuid", uuid);
        body.put("signed_uuid", SignedUuid.sign(privateKey, uuid));
        body.put("timestamp", clock.instant().toString());
        Response registered = call("POST", "/api/v1/webhooks/register", write(body), "Content-Type", JSON);
        assertEquals(200, registered.status(), registered.body());
        assertEquals("success", registered.json().get("status"));
        assertEquals("webhook_registered", registered.json().get("code"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) registered.json().get("data");
        assertEquals(uuid, data.get("uuid"));
        assertEquals(partner, data.get("service_provider"));

        unitOfWork.write(() -> outbox.append(new NewEvent(PartnerId.parse(partner), Mode.LIVE,
                EventType.TRANSACTION_COMPLETED, "txn_001", EventPayload.of(Map.of("transaction_id", "txn_001",
                        "status", "completed", "message", "Transaction completed", "updated_at",
                        "2026-01-15T12:58:23Z", "uuid", "client-uuid-1", "signed_uuid", "client-signed-1")),
                clock.instant())));
        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.receivedAt("/wallet").isEmpty());
        Received delivery = receiver.receivedAt("/wallet").get(0);
        assertEquals(Map.of("transaction_id", "txn_001", "status", "completed", "message", "Transaction completed",
                "updated_at", "2026-01-15T12:58:23Z", "uuid", "client-uuid-1", "signed_uuid", "client-signed-1"),
                json(delivery));
        assertTrue(delivery.header("X-Signature").matches("[0-9a-f]{64}"));

        body.put("uuid", UuidV7.next().toString());
        body.put("signed_uuid", SignedUuid.sign(privateKey, (String) body.get("uuid")));
        body.put("event_type", "order.status_changed");
        Response refused = call("POST", "/api/v1/webhooks/register", write(body), "Content-Type", JSON);
        assertEquals(400, refused.status(), refused.body());
    }

    @Test
    void the_operator_api_names_the_field_it_refuses() {
        String partner = createPartner("Validated", "EUR");
        Response missing = operator("POST", "/admin/v1/partners/" + partner + "/webhooks", "{}");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("url"), missing.body());
        Response unknownType = operator("POST", "/admin/v1/partners/" + partner + "/webhooks",
                "{\"url\":\"" + receiver.url("/v") + "\",\"events\":[\"nope\"]}");
        assertEquals(400, unknownType.status(), unknownType.body());
        Response wrongType = operator("POST", "/admin/v1/partners/" + partner + "/webhooks",
                "{\"url\":\"" + receiver.url("/v") + "\",\"events\":\"order.status_changed\"}");
        assertEquals(400, wrongType.status(), wrongType.body());
        Response noPartner = operator("POST", "/admin/v1/partners/" + UuidV7.next() + "/webhooks",
                "{\"url\":\"" + receiver.url("/v") + "\"}");
        assertEquals(404, noPartner.status(), noPartner.body());
        Response badSince = operator("POST", "/admin/v1/partners/" + partner + "/webhooks/" + UuidV7.next()
                + "/recover", "{\"since\":\"yesterday\"}");
        assertEquals(400, badSince.status(), badSince.body());
        Response nothing = operator("PATCH", "/admin/v1/partners/" + partner + "/webhooks/" + UuidV7.next(), "{}");
        assertEquals(400, nothing.status(), nothing.body());
        List<Integer> notFound = List.of(
                operator("GET", "/admin/v1/partners/" + partner + "/webhooks/" + UuidV7.next(), null).status(),
                operator("GET", "/admin/v1/partners/" + partner + "/events/" + UuidV7.next(), null).status(),
                operator("GET", "/admin/v1/partners/" + partner + "/events/garbage", null).status());
        assertEquals(List.of(404, 404, 404), notFound);
        String nobody = UuidV7.next().toString();
        assertEquals(404, operator("GET", "/admin/v1/partners/" + nobody + "/webhooks", null).status());
        assertEquals(404, operator("GET", "/admin/v1/partners/" + nobody + "/events", null).status());
    }

    private String write(Map<String, Object> body) {
        try {
            return jsonMapper.writeValueAsString(body);
        } catch (IOException failed) {
            throw new AssertionError(failed);
        }
    }

    private Map<String, Object> json(Received request) {
        try {
            return jsonMapper.readValue(request.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new AssertionError(request.text(), notJson);
        }
    }
}
