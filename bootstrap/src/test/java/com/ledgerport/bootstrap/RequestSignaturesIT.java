package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.RequestSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 002 request signatures over real HTTP: the operator issues and rotates a partner's signing secret,
 * and a signed endpoint (the test-only {@link SignedEchoController} on the 002 surface) accepts exactly the
 * requests signed over the bytes it receives — each once, on any node — and answers every other one with a
 * 401 in seed 002's envelope.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestSignaturesIT extends ServerTestSupport {

    private static final String ORDER = "{\"external_id\":\"ORD-12345\",\"item\":{\"sku_id\":"
            + "\"019bc0dd-8562-7173-afd9-a5cc534fafb7\",\"quantity\":1}}";
    private static final int CONCURRENT_REQUESTS = 8;
    private static final Set<String> PARTNER_ERROR_KEYS = Set.of("success", "message", "errors");

    private final AtomicInteger orders = new AtomicInteger();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private record Signer(String partnerId, String secret) {
    }

    private Signer newSigner(String name) {
        String partnerId = createPartner(name + " " + orders.incrementAndGet(), "EUR");
        return new Signer(partnerId, issueSecret(partnerId));
    }

    private String issueSecret(String partnerId) {
        Response issued = operator("POST", "/admin/v1/partners/" + partnerId + "/signing-secret", null);
        assertEquals(201, issued.status(), issued.body());
        return (String) issued.json().get("secret");
    }

    /** A body that no other test sends, so no test's signature is another's replay. */
    private String uniqueOrder() {
        return "{\"external_id\":\"ORD-" + orders.incrementAndGet() + "\",\"item\":{\"sku_id\":"
                + "\"019bc0dd-8562-7173-afd9-a5cc534fafb7\",\"quantity\":1}}";
    }

    private String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    private static String sign(String secret, String timestamp, byte[] body) {
        return RequestSignature.sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    private Response post(EmbeddedServer target, String partnerId, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + target.getPort() + SignedEchoController.PATH))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header(SignedEchoController.PARTNER_HEADER, partnerId);
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

    private Response signed(Signer signer, String timestamp, String signature, byte[] body) {
        return post(server, signer.partnerId(), body, "X-Timestamp", timestamp, "X-Signature", signature);
    }

    private Response signedNow(Signer signer, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        return signed(signer, timestamp, sign(signer.secret(), timestamp, bytes), bytes);
    }

    /** Seed 002's error envelope, exactly; answers the message. */
    private String assertRefused(Response response, String header) {
        assertEquals(401, response.status(), response.body());
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response.body());
        Map<String, Object> body = response.json();
        assertEquals(PARTNER_ERROR_KEYS, body.keySet(), response.body());
        assertEquals(false, body.get("success"));
        String message = (String) body.get("message");
        assertTrue(message != null && !message.isBlank(), response.body());
        assertEquals(Map.of(header, List.of(message)), body.get("errors"), response.body());
        return message;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Response response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(true, response.json().get("success"));
        return (Map<String, Object>) response.json().get("data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String partnerId, String action) {
        Response audit = operator("GET", "/admin/v1/audit?per_page=100&partner_id=" + partnerId + "&action=" + action,
                null);
        assertEquals(200, audit.status(), audit.body());
        return (List<Map<String, Object>>) audit.json().get("items");
    }

    // --- the operator's signing-secret endpoint ----------------------------------------------------------------

    @Test
    void issues_a_secret_once_as_json_with_no_caching() {
        String partnerId = createPartner("Issue Co", "EUR");
        Response issued = operator("POST", "/admin/v1/partners/" + partnerId + "/signing-secret", null);

        assertEquals(201, issued.status(), issued.body());
        assertEquals(Set.of("secret"), issued.json().keySet());
        String secret = (String) issued.json().get("secret");
        assertTrue(secret.matches("lp_ss_[A-Za-z0-9_-]{43}"), secret);
        assertEquals("no-store", issued.header("Cache-Control").orElse(""));

        List<Map<String, Object>> audited = audit(partnerId, "signing_secret.issue");
        assertEquals(1, audited.size());
        assertEquals("operator", audited.get(0).get("actor"));
        assertEquals("succeeded", audited.get(0).get("outcome"));
        Response everything = operator("GET", "/admin/v1/audit?per_page=100&partner_id=" + partnerId, null);
        assertFalse(everything.body().contains(secret), "the secret is never in the audit log");
    }

    @Test
    void rotates_on_every_further_call_and_audits_it() {
        String partnerId = createPartner("Rotate Co", "EUR");
        String first = issueSecret(partnerId);
        String second = issueSecret(partnerId);

        assertNotEquals(first, second);
        assertEquals(1, audit(partnerId, "signing_secret.issue").size());
        assertEquals(1, audit(partnerId, "signing_secret.rotate").size());
    }

    @Test
    void refuses_unknown_partners_and_non_operators() {
        for (String id : List.of("0193a1c2-0000-7000-8000-000000000000", "not-a-uuid")) {
            Response missing = operator("POST", "/admin/v1/partners/" + id + "/signing-secret", null);
            assertEquals(404, missing.status(), missing.body());
            assertEquals("not_found", missing.error().get("code"));
        }
        String partnerId = createPartner("Guarded Co", "EUR");
        Response anonymous = call("POST", "/admin/v1/partners/" + partnerId + "/signing-secret", null);
        assertEquals(401, anonymous.status());
        assertEquals("unauthenticated", anonymous.error().get("code"));
        assertEquals(0, audit(partnerId, "signing_secret.issue").size());
    }

    // --- good ----------------------------------------------------------------------------------------------

    @Test
    void accepts_the_seeds_example_signed_with_the_partners_secret_and_hands_the_exact_bytes_on() {
        Signer signer = newSigner("Good Co");
        Map<String, Object> data = data(signedNow(signer, ORDER));

        assertEquals(ORDER, data.get("body"));
    }

    @Test
    void accepts_a_body_as_received_whatever_its_spacing_or_bytes() {
        Signer signer = newSigner("Bytes Co");
        String spaced = "{ \"external_id\" : \"ORD-" + orders.incrementAndGet()
                + "\",\n\t\"item\": {\"quantity\": 1} }\n";
        assertEquals(spaced, data(signedNow(signer, spaced)).get("body"));

        byte[] unicode = ("{\"note\":\"caf\u00e9 \u2603 " + orders.incrementAndGet() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        Map<String, Object> data = data(signed(signer, timestamp, sign(signer.secret(), timestamp, unicode), unicode));
        assertEquals(Base64.getEncoder().encodeToString(unicode), data.get("body_base64"));
    }

    @Test
    void a_whitespace_variant_of_a_signed_body_is_another_body() {
        Signer signer = newSigner("Spacing Co");
        String compact = uniqueOrder();
        String spaced = compact.replace(",", ", ");
        String timestamp = now();
        String compactSignature = sign(signer.secret(), timestamp, compact.getBytes(StandardCharsets.UTF_8));

        assertRefused(signed(signer, timestamp, compactSignature, spaced.getBytes(StandardCharsets.UTF_8)),
                "X-Signature");
        assertEquals(compact, data(signed(signer, timestamp, compactSignature,
                compact.getBytes(StandardCharsets.UTF_8))).get("body"));
    }

    @Test
    void accepts_an_empty_body_and_upper_case_hex() {
        Signer signer = newSigner("Empty Co");
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, new byte[0]).toUpperCase(Locale.ROOT);
        assertEquals("", data(signed(signer, timestamp, signature, new byte[0])).get("body"));
    }

    @Test
    void accepts_timestamps_just_inside_300_seconds_either_way() {
        Signer signer = newSigner("Edge Co");
        long now = clock.instant().getEpochSecond();
        for (long timestamp : new long[] {now - 299, now + 299}) {
            byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
            String text = Long.toString(timestamp);
            data(signed(signer, text, sign(signer.secret(), text, body), body));
        }
    }

    // --- missing and malformed -----------------------------------------------------------------------------

    @Test
    void refuses_a_request_without_signature_headers_naming_the_missing_one() {
        Signer signer = newSigner("Missing Co");
        byte[] body = ORDER.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();

        String noHeaders = assertRefused(post(server, signer.partnerId(), body), "X-Timestamp");
        assertTrue(noHeaders.contains("X-Timestamp"), noHeaders);
        String noSignature = assertRefused(post(server, signer.partnerId(), body, "X-Timestamp", timestamp),
                "X-Signature");
        assertTrue(noSignature.contains("X-Signature"), noSignature);
        assertRefused(post(server, signer.partnerId(), body, "X-Signature", sign(signer.secret(), timestamp, body)),
                "X-Timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "1.5", "-1", "+1768478058", "1768478058000", "2026-01-15T12:00:00Z", "0x1F",
        " 1768478058"})
    void refuses_a_timestamp_that_is_not_unix_seconds(String timestamp) {
        Signer signer = newSigner("Bad Stamp Co");
        byte[] body = ORDER.getBytes(StandardCharsets.UTF_8);
        String message = assertRefused(signed(signer, timestamp, sign(signer.secret(), timestamp, body), body),
                "X-Timestamp");
        assertTrue(message.contains("seconds"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "sha256=", "zz", "0123456789abcdef",
        "not hex at all, though it is exactly sixty-four characters long."})
    void refuses_a_signature_that_is_not_64_hex_digits(String signature) {
        Signer signer = newSigner("Bad Signature Co");
        String message = assertRefused(signed(signer, now(), signature, ORDER.getBytes(StandardCharsets.UTF_8)),
                "X-Signature");
        assertTrue(message.contains("64 hexadecimal"), message);
    }

    // --- wrong secret, tampered body, other partner -------------------------------------------------------

    @Test
    void refuses_a_signature_made_with_another_secret() {
        Signer signer = newSigner("Wrong Secret Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String message = assertRefused(signed(signer, timestamp,
                sign("lp_ss_not-the-partners-secret", timestamp, body), body), "X-Signature");
        assertTrue(message.startsWith("Invalid signature"), message);
    }

    @Test
    void refuses_a_signature_keyed_with_the_api_token_instead_of_the_secret() {
        Signer signer = newSigner("Token Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        assertRefused(signed(signer, timestamp, sign(OPERATOR_TOKEN, timestamp, body), body), "X-Signature");
    }

    @Test
    void refuses_a_body_changed_after_signing() {
        Signer signer = newSigner("Tamper Co");
        byte[] body = ORDER.getBytes(StandardCharsets.UTF_8);
        byte[] tampered = ORDER.replace("\"quantity\":1", "\"quantity\":9").getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        assertRefused(signed(signer, timestamp, sign(signer.secret(), timestamp, body), tampered), "X-Signature");
    }

    @Test
    void refuses_a_timestamp_changed_after_signing() {
        Signer signer = newSigner("Restamp Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String signature = sign(signer.secret(), Long.toString(now), body);
        assertRefused(signed(signer, Long.toString(now + 1), signature, body), "X-Signature");
    }

    @Test
    void refuses_another_partners_signature() {
        Signer mine = newSigner("Mine Co");
        Signer theirs = newSigner("Theirs Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        // Signed correctly — but by the other partner, while this request is authenticated as mine.
        assertRefused(signed(mine, timestamp, sign(theirs.secret(), timestamp, body), body), "X-Signature");
    }

    @Test
    void refuses_everything_for_a_partner_that_has_no_secret() {
        String partnerId = createPartner("Secretless Co", "EUR");
        byte[] body = ORDER.getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String message = assertRefused(post(server, partnerId, body, "X-Timestamp", timestamp, "X-Signature",
                sign("lp_ss_guess", timestamp, body)), "X-Signature");
        assertTrue(message.contains("No signing secret"), message);
    }

    // --- stale, future, rotated out ----------------------------------------------------------------------

    @Test
    void refuses_timestamps_more_than_300_seconds_old_or_ahead_even_when_correctly_signed() {
        Signer signer = newSigner("Stale Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String old = Long.toString(now - 301);
        // The server's second may turn before it reads the request: the future needs a little slack.
        String ahead = Long.toString(now + 310);

        String expired = assertRefused(signed(signer, old, sign(signer.secret(), old, body), body), "X-Timestamp");
        assertTrue(expired.contains("in the past"), expired);
        String future = assertRefused(signed(signer, ahead, sign(signer.secret(), ahead, body), body), "X-Timestamp");
        assertTrue(future.contains("in the future"), future);
    }

    @Test
    void a_signed_request_expires_on_the_server_clock() {
        Signer signer = newSigner("Clock Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, body);
        clock.advance(Duration.ofSeconds(302));
        assertRefused(signed(signer, timestamp, signature, body), "X-Timestamp");
    }

    @Test
    void the_previous_secret_keeps_verifying_for_the_overlap_and_then_stops() {
        Signer first = newSigner("Overlap Co");
        Signer second = new Signer(first.partnerId(), issueSecret(first.partnerId()));

        data(signedNow(first, uniqueOrder()));
        data(signedNow(second, uniqueOrder()));

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        data(signedNow(first, uniqueOrder()));
        clock.advance(Duration.ofMinutes(1));
        assertRefused(signedNow(first, uniqueOrder()), "X-Signature");
        data(signedNow(second, uniqueOrder()));
    }

    @Test
    void a_third_secret_retires_the_first_at_once() {
        Signer first = newSigner("Thrice Co");
        issueSecret(first.partnerId());
        Signer third = new Signer(first.partnerId(), issueSecret(first.partnerId()));

        assertRefused(signedNow(first, uniqueOrder()), "X-Signature");
        data(signedNow(third, uniqueOrder()));
    }

    // --- replay --------------------------------------------------------------------------------------------

    @Test
    void accepts_a_signed_request_once_and_refuses_its_replay() {
        Signer signer = newSigner("Replay Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, body);

        data(signed(signer, timestamp, signature, body));
        String replay = assertRefused(signed(signer, timestamp, signature, body), "X-Signature");
        assertTrue(replay.contains("already used"), replay);
        assertRefused(signed(signer, timestamp, signature.toUpperCase(Locale.ROOT), body), "X-Signature");
    }

    @Test
    void of_concurrent_copies_of_one_signed_request_exactly_one_is_accepted() throws Exception {
        Signer signer = newSigner("Race Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, body);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return signed(signer, timestamp, signature, body);
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Response> response : responses) {
                Response answered = response.get(30, TimeUnit.SECONDS);
                if (answered.status() == 200) {
                    accepted++;
                } else {
                    assertRefused(answered, "X-Signature");
                }
            }
            assertEquals(1, accepted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_request_accepted_by_one_node_is_a_replay_on_another() {
        Signer signer = newSigner("Two Nodes Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, body);
        Map<String, Object> properties = new HashMap<>(getProperties());
        try (ApplicationContext secondNode = ApplicationContext.run(properties)) {
            EmbeddedServer other = secondNode.getBean(EmbeddedServer.class).start();
            data(post(other, signer.partnerId(), body, "X-Timestamp", timestamp, "X-Signature", signature));
            assertRefused(post(server, signer.partnerId(), body, "X-Timestamp", timestamp, "X-Signature", signature),
                    "X-Signature");
        }
    }

    // --- audit ---------------------------------------------------------------------------------------------

    @Test
    void audits_every_refusal_with_its_reason() {
        Signer signer = newSigner("Audited Co");
        byte[] body = uniqueOrder().getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        String signature = sign(signer.secret(), timestamp, body);
        post(server, signer.partnerId(), body);
        signed(signer, "soon", signature, body);
        signed(signer, timestamp, "f".repeat(64), body);
        signed(signer, timestamp, signature, body);
        signed(signer, timestamp, signature, body);

        List<Object> outcomes = audit(signer.partnerId(), "request_signature.verify").stream()
                .map(item -> item.get("outcome")).toList();
        assertEquals(List.of("rejected:timestamp_missing", "rejected:timestamp_malformed",
                "rejected:signature_mismatch", "rejected:replayed"), outcomes);
    }
}
