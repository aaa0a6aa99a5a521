package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.bootstrap.WebhookReceiver.Received;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhook delivery end to end, against a real receiver on loopback: the seed 002 signature verifies with the seed's
 * own recipe; 500s, timeouts and a receiver that is down for a while get retries with growing delays, then success,
 * always with one idempotency key; 410 disables the endpoint and tells the partner; an event of a rolled-back
 * change is never delivered; a partner never receives another's events; a hanging endpoint does not hold up others.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIT extends ServerTestSupport {

    static final Duration WITHIN = Duration.ofSeconds(30);
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Outbox outbox;

    final WebhookReceiver receiver = new WebhookReceiver();

    @Override
    protected Map<String, String> extraProperties() {
        return webhookProperties();
    }

    /** Small delays so that a whole retry schedule fits in a test. */
    static Map<String, String> webhookProperties() {
        return Map.of(
                "ledgerport.webhooks.allow-private-targets", "true",
                "ledgerport.webhooks.retry.initial-delay", "200ms",
                "ledgerport.webhooks.poll-interval", "50ms",
                "ledgerport.webhooks.timeout", "3s",
                "ledgerport.webhooks.lease", "4s");
    }

    @BeforeAll
    void startReceiver() {
        receiver.start();
    }

    @BeforeEach
    void answerOk() {
        receiver.answer(request -> 200);
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    /** A partner with a signing secret and one seed 002 endpoint at {@code path}: [partner id, secret]. */
    String[] partnerWithEndpoint(String path, String events) {
        String partner = createPartner("Hooked " + path, "EUR");
        Response secret = operator("POST", "/admin/v1/partners/" + partner + "/signing-secret", null);
        assertEquals(201, secret.status(), secret.body());
        String body = "{\"url\":\"" + receiver.url(path) + "\"" + (events == null ? "" : ",\"events\":" + events) + "}";
        Response registered = operator("POST", "/admin/v1/partners/" + partner + "/webhooks", body);
        assertEquals(201, registered.status(), registered.body());
        return new String[] {partner, (String) secret.json().get("secret"), (String) registered.json().get("id")};
    }

    Event append(String partner, String objectId) {
        return unitOfWork.write(() -> outbox.append(new NewEvent(PartnerId.parse(partner), Mode.LIVE,
                EventType.ORDER_STATUS_CHANGED, objectId, EventPayload.of(Map.of("order_id", objectId,
                        "status", "completed")), clock.instant())));
    }

    List<Received> ofObject(String path, String objectId) {
        return receiver.receivedAt(path).stream().filter(request -> request.text().contains(objectId)).toList();
    }

    Map<String, Object> json(Received request) {
        try {
            return jsonMapper.readValue(request.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new AssertionError(request.text(), notJson);
        }
    }

    static String hmacHex(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_delivery_verifies_with_the_seed_recipe_and_the_standard_webhooks_headers() throws Exception {
        String[] partner = partnerWithEndpoint("/signed", "[\"order.status_changed\"]");
        String order = "order-" + UUID.randomUUID();
        Event event = append(partner[0], order);
        await().atMost(WITHIN).until(() -> ofObject("/signed", order).size() == 1);
        Received request = ofObject("/signed", order).get(0);

        // Seed 002: hex(HMAC-SHA256(secret, X-Timestamp + "." + raw body)), timestamp within ±300 s.
        String timestamp = request.header("X-Timestamp");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= 300, timestamp);
        String expected = hmacHex(partner[1], timestamp + "." + request.text());
        assertTrue(MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                request.header("X-Signature").getBytes(StandardCharsets.US_ASCII)), request.headers().toString());
        assertEquals("application/json", request.header("Content-Type"));

        Map<String, Object> body = json(request);
        assertEquals(Set.of("event", "timestamp", "idempotency_key", "data"), body.keySet());
        assertEquals("order.status_changed", body.get("event"));
        assertEquals(event.occurredAt().getEpochSecond(), Instant.parse((String) body.get("timestamp"))
                .getEpochSecond());
        assertEquals(Map.of("order_id", order, "status", "completed"), body.get("data"));
        UUID.fromString((String) body.get("idempotency_key"));

        // Standard Webhooks: base64(HMAC-SHA256(secret, id + "." + timestamp + "." + body)), one v1 per secret.
        assertEquals(body.get("idempotency_key"), request.header("webhook-id"));
        assertEquals(timestamp, request.header("webhook-timestamp"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(partner[1].getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String standard = Base64.getEncoder().encodeToString(mac.doFinal((request.header("webhook-id") + "."
                + timestamp + "." + request.text()).getBytes(StandardCharsets.UTF_8)));
        assertEquals("v1," + standard, request.header("webhook-signature"));
        assertEquals(null, request.header("X-Signature-Previous"));
    }

    @Test
    void during_a_secret_rotation_both_secrets_sign() throws Exception {
        String[] partner = partnerWithEndpoint("/rotating", "[\"order.status_changed\"]");
        Response rotated = operator("POST", "/admin/v1/partners/" + partner[0] + "/signing-secret", null);
        assertEquals(201, rotated.status(), rotated.body());
        String newSecret = (String) rotated.json().get("secret");
        String order = "order-" + UUID.randomUUID();
        append(partner[0], order);
        await().atMost(WITHIN).until(() -> ofObject("/rotating", order).size() == 1);
        Received request = ofObject("/rotating", order).get(0);
        String signed = request.header("X-Timestamp") + "." + request.text();
        assertEquals(hmacHex(newSecret, signed), request.header("X-Signature"));
        assertEquals(hmacHex(partner[1], signed), request.header("X-Signature-Previous"));
        assertEquals(2, request.header("webhook-signature").split(" ").length);
    }

    @Test
    void a_receiver_answering_500_gets_retries_with_growing_delays_and_one_idempotency_key() {
        String[] partner = partnerWithEndpoint("/flaky", "[\"order.status_changed\"]");
        String order = "order-" + UUID.randomUUID();
        receiver.answer(request -> request.path().equals("/flaky") && ofObject("/flaky", order).size() <= 3
                ? 500 : 200);
        Event event = append(partner[0], order);
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], event).equals("delivered"));
        List<Received> requests = ofObject("/flaky", order);
        assertEquals(4, requests.size());
        assertEquals(1, requests.stream().map(request -> json(request).get("idempotency_key")).distinct().count());
        assertEquals(1, requests.stream().map(request -> request.header("webhook-id")).distinct().count());
        long first = requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos();
        long third = requests.get(3).arrivedNanos() - requests.get(2).arrivedNanos();
        // Delays are drawn from [d/2, d] with d doubling: the third is at least twice the first's ceiling.
        assertTrue(third > first, "delays grow: " + first + " then " + third);

        List<Map<String, Object>> attempts = attempts(partner[0], event);
        assertEquals(List.of(500, 500, 500, 200), attempts.stream().map(a -> a.get("status_code")).toList());
        attempts.forEach(attempt -> assertTrue(((Number) attempt.get("latency_ms")).longValue() >= 0));
    }

    @Test
    void a_receiver_that_times_out_then_answers_gets_the_same_delivery_again() {
        String[] partner = partnerWithEndpoint("/slow", "[\"order.status_changed\"]");
        String order = "order-" + UUID.randomUUID();
        receiver.answer(request -> {
            if (request.path().equals("/slow") && ofObject("/slow", order).size() == 1) {
                sleep(Duration.ofMillis(3500));
            }
            return 200;
        });
        Event event = append(partner[0], order);
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], event).equals("delivered"));
        List<Map<String, Object>> attempts = attempts(partner[0], event);
        assertEquals(2, attempts.size(), attempts.toString());
        assertEquals(null, attempts.get(0).get("status_code"));
        assertTrue(((String) attempts.get(0).get("error")).contains("timed out"), attempts.toString());
        assertEquals(200, attempts.get(1).get("status_code"));
        assertEquals(1, ofObject("/slow", order).stream().map(r -> r.header("webhook-id")).distinct().count());
    }

    @Test
    void a_receiver_down_for_a_while_gets_everything_once_it_is_back() {
        String[] partner = partnerWithEndpoint("/down", "[\"order.status_changed\"]");
        receiver.stop();
        Event event;
        try {
            event = append(partner[0], "order-down-1");
            await().atMost(WITHIN).until(() -> attempts(partner[0], event).size() >= 2);
        } finally {
            receiver.restart();
        }
        await().atMost(WITHIN).until(() -> ofObject("/down", "order-down-1").size() == 1);
        assertEquals("delivered", deliveryStatus(partner[0], event));
        Map<String, Object> attempt = attempts(partner[0], event).get(0);
        assertEquals(null, attempt.get("status_code"));
        assertNotNull(attempt.get("error"));
    }

    @Test
    void the_event_of_a_rolled_back_change_is_never_delivered() {
        String[] partner = partnerWithEndpoint("/rollback", null);
        String order = "order-" + UUID.randomUUID();
        try {
            unitOfWork.write(() -> {
                outbox.append(new NewEvent(PartnerId.parse(partner[0]), Mode.LIVE, EventType.ORDER_STATUS_CHANGED,
                        order, EventPayload.of(Map.of("order_id", order)), clock.instant()));
                throw new IllegalStateException("the change fails after its event was appended");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String committed = "order-" + UUID.randomUUID();
        append(partner[0], committed);
        await().atMost(WITHIN).until(() -> ofObject("/rollback", committed).size() == 1);
        assertEquals(List.of(), ofObject("/rollback", order));
        assertTrue(eventsOf(partner[0]).stream().noneMatch(event -> event.objectId().equals(order)));
    }

    @Test
    void a_410_disables_the_endpoint_and_tells_the_partner_through_its_other_endpoints() {
        String[] partner = partnerWithEndpoint("/gone", "[\"order.status_changed\"]");
        Response other = operator("POST", "/admin/v1/partners/" + partner[0] + "/webhooks",
                "{\"url\":\"" + receiver.url("/watcher") + "\",\"events\":[\"webhook.endpoint_disabled\"]}");
        assertEquals(201, other.status(), other.body());
        receiver.answer(request -> request.path().equals("/gone") ? 410 : 200);
        append(partner[0], "order-gone-1");
        await().atMost(WITHIN).until(() -> receiver.receivedAt("/watcher").stream()
                .anyMatch(request -> request.text().contains(partner[2])));
        Map<String, Object> notice = json(receiver.receivedAt("/watcher").get(0));
        assertEquals("webhook.endpoint_disabled", notice.get("event"));
        Response endpoint = operator("GET", "/admin/v1/partners/" + partner[0] + "/webhooks/" + partner[2], null);
        assertEquals(false, endpoint.json().get("enabled"));
        assertTrue(((String) endpoint.json().get("disabled_reason")).contains("410"));

        append(partner[0], "order-gone-2");
        await().during(Duration.ofMillis(500)).atMost(WITHIN).until(() -> true);
        assertEquals(List.of(), ofObject("/gone", "order-gone-2"), "a disabled endpoint gets nothing");
    }

    @Test
    void an_endpoint_whose_deliveries_keep_failing_is_disabled_and_the_partner_is_told() {
        String[] partner = partnerWithEndpoint("/failing", "[\"order.status_changed\"]");
        Response watcher = operator("POST", "/admin/v1/partners/" + partner[0] + "/webhooks",
                "{\"url\":\"" + receiver.url("/failing-watcher") + "\",\"events\":[\"webhook.endpoint_disabled\"]}");
        assertEquals(201, watcher.status(), watcher.body());
        receiver.answer(request -> request.path().equals("/failing") ? 502 : 200);
        for (int i = 0; i < 3; i++) {
            append(partner[0], "order-failing-" + i);
        }
        await().atMost(WITHIN).until(() -> !receiver.receivedAt("/failing-watcher").isEmpty());
        Response endpoint = operator("GET", "/admin/v1/partners/" + partner[0] + "/webhooks/" + partner[2], null);
        assertEquals(false, endpoint.json().get("enabled"));
        assertTrue(((String) endpoint.json().get("disabled_reason")).contains("3 deliveries in a row"),
                endpoint.body());
        assertEquals(18, receiver.receivedAt("/failing").size(), "three deliveries, six attempts each");
        assertEquals("webhook.endpoint_disabled", json(receiver.receivedAt("/failing-watcher").get(0)).get("event"));
    }

    @Test
    void a_partner_never_receives_another_partners_events() {
        String[] alpha = partnerWithEndpoint("/alpha", null);
        String[] beta = partnerWithEndpoint("/beta", null);
        append(alpha[0], "order-alpha");
        append(beta[0], "order-beta");
        await().atMost(WITHIN).until(() -> ofObject("/alpha", "order-alpha").size() == 1
                && ofObject("/beta", "order-beta").size() == 1);
        assertEquals(List.of(), ofObject("/alpha", "order-beta"));
        assertEquals(List.of(), ofObject("/beta", "order-alpha"));
        Event alphaEvent = eventsOf(alpha[0]).stream().filter(e -> e.objectId().equals("order-alpha")).findFirst()
                .orElseThrow();
        assertEquals(404, operator("GET", "/admin/v1/partners/" + beta[0] + "/events/" + alphaEvent.id(), null)
                .status());
        assertEquals(404, operator("POST", "/admin/v1/partners/" + beta[0] + "/events/" + alphaEvent.id() + "/retry",
                null).status());
    }

    @Test
    void a_hanging_endpoint_does_not_hold_up_another() throws Exception {
        String[] hanging = partnerWithEndpoint("/hanging", "[\"order.status_changed\"]");
        String[] quick = partnerWithEndpoint("/quick", "[\"order.status_changed\"]");
        CountDownLatch release = new CountDownLatch(1);
        receiver.answer(request -> {
            if (request.path().equals("/hanging")) {
                hold(release);
            }
            return 200;
        });
        try {
            for (int i = 0; i < 20; i++) {
                append(hanging[0], "order-hanging-" + i);
            }
            await().atMost(WITHIN).until(() -> receiver.receivedAt("/hanging").size() >= 1);
            for (int i = 0; i < 20; i++) {
                append(quick[0], "order-quick-" + i);
            }
            await().atMost(WITHIN).until(() -> receiver.receivedAt("/quick").size() >= 20);
            // No hanging request can have ended before the timeout: everything below happened while all were stuck.
            long stuckUntil = receiver.receivedAt("/hanging").get(0).arrivedNanos() + TIMEOUT.toNanos();
            assertTrue(receiver.receivedAt("/quick").stream().allMatch(r -> r.arrivedNanos() < stuckUntil),
                    "the quick endpoint got all twenty while the hanging one held its requests");
            assertTrue(receiver.receivedAt("/hanging").stream().filter(r -> r.arrivedNanos() < stuckUntil).count()
                    <= 4, "at most concurrency-per-endpoint requests to the hanging endpoint at once");
        } finally {
            release.countDown();
        }
    }

    @Test
    void the_operator_retries_one_event_and_recovers_an_endpoints_failed_deliveries() {
        String[] partner = partnerWithEndpoint("/recover", "[\"order.status_changed\"]");
        String order = "order-" + UUID.randomUUID();
        receiver.answer(request -> request.path().equals("/recover") ? 503 : 200);
        Instant since = clock.instant();
        Event event = append(partner[0], order);
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], event).equals("failed"));
        assertEquals(6, attempts(partner[0], event).size(), "the first attempt and five retries");
        receiver.answer(request -> 200);

        Response retried = operator("POST", "/admin/v1/partners/" + partner[0] + "/events/" + event.id() + "/retry",
                null);
        assertEquals(200, retried.status(), retried.body());
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], event).equals("delivered"));
        assertEquals(7, attempts(partner[0], event).size());
        assertEquals(1, ofObject("/recover", order).stream().map(r -> r.header("webhook-id")).distinct().count());

        receiver.answer(request -> request.path().equals("/recover") ? 500 : 200);
        Event second = append(partner[0], order + "-2");
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], second).equals("failed"));
        receiver.answer(request -> 200);
        Response recovered = operator("POST", "/admin/v1/partners/" + partner[0] + "/webhooks/" + partner[2]
                + "/recover", "{\"since\":\"" + since + "\"}");
        assertEquals(200, recovered.status(), recovered.body());
        assertEquals(1, recovered.json().get("queued"));
        await().atMost(WITHIN).until(() -> deliveryStatus(partner[0], second).equals("delivered"));
    }

    List<Event> eventsOf(String partner) {
        Response listed = operator("GET", "/admin/v1/partners/" + partner + "/events?per_page=100", null);
        assertEquals(200, listed.status(), listed.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) listed.json().get("data");
        return data.stream().map(view -> new Event(com.ledgerport.domain.event.EventId.parse((String) view.get("id")),
                PartnerId.parse(partner), Mode.LIVE, EventType.parse((String) view.get("event")),
                (String) view.get("object_id"), ((Number) view.get("sequence")).longValue(),
                EventPayload.of(new LinkedHashMap<>()), Instant.parse((String) view.get("occurred_at"))))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> delivery(String partner, Event event) {
        Response detail = operator("GET", "/admin/v1/partners/" + partner + "/events/" + event.id(), null);
        assertEquals(200, detail.status(), detail.body());
        List<Map<String, Object>> deliveries = (List<Map<String, Object>>) detail.json().get("deliveries");
        assertEquals(1, deliveries.size(), detail.body());
        return deliveries.get(0);
    }

    String deliveryStatus(String partner, Event event) {
        return (String) delivery(partner, event).get("status");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> attempts(String partner, Event event) {
        return (List<Map<String, Object>>) delivery(partner, event).get("attempts");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void hold(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
