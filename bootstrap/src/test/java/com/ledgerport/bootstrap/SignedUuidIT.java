package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.access.RsaPublicKey;
import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Seed 003's RSA-signed uuids over real HTTP: the operator registers a partner's public key, or generates and
 * rotates pairs through {@code /api/v1/keys}; {@code POST /api/v1/user} then authenticates each request by
 * its signed uuid — once per uuid, with a fresh timestamp — and answers every failure in 003's envelope with
 * the request's uuid and signed_uuid echoed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedUuidIT extends ServerTestSupport {

    private static final Set<String> ERROR_KEYS =
            Set.of("status", "code", "message", "details", "timestamp", "uuid", "signed_uuid");
    private static final int CONCURRENT_REQUESTS = 8;
    /** Registered keys come from here; generating 2048-bit pairs is the slow part of this suite. */
    private static final RsaKeyPairs.Generated REGISTERED = RsaKeyPairs.generate();
    private static final RsaKeyPairs.Generated STRANGER = RsaKeyPairs.generate();

    private final AtomicInteger partners = new AtomicInteger();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A partner, its private key (PKCS#8) and one of its users. */
    private record Provider(String partnerId, byte[] privateKey, String userId) {
    }

    private Provider newProvider(String name) {
        String partnerId = createPartner(name + " " + partners.incrementAndGet(), "USD");
        Response generated = keys("generate", partnerId);
        assertEquals(200, generated.status(), generated.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) generated.json().get("data");
        addCustomer(partnerId, "user_1", "Mohamed Ahmed");
        return new Provider(partnerId, Base64.getDecoder().decode((String) data.get("private_key")), "user_1");
    }

    private void addCustomer(String partnerId, String userId, String fullname) {
        Response added = operator("POST", "/admin/v1/partners/" + partnerId + "/customers",
                "{\"user_id\":\"" + userId + "\",\"fullname\":\"" + fullname + "\"}");
        assertEquals(201, added.status(), added.body());
    }

    private Response keys(String action, String partnerId) {
        return operator("POST", "/api/v1/keys/" + action, "{\"service_provider\":\"" + partnerId + "\"}");
    }

    private String nowIso() {
        return clock.instant().toString();
    }

    /** A user-info request body, signed with {@code privateKey}; fields map to null are left out. */
    private static Map<String, Object> request(Provider provider, byte[] privateKey, String uuid, String timestamp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", provider.userId());
        body.put("service_provider", provider.partnerId());
        body.put("uuid", uuid);
        body.put("signed_uuid", SignedUuid.sign(privateKey, uuid));
        body.put("timestamp", timestamp);
        return body;
    }

    private Map<String, Object> request(Provider provider) {
        return request(provider, provider.privateKey(), UuidV7.next().toString(), nowIso());
    }

    private Response userInfo(Map<String, Object> body) {
        return call("POST", "/api/v1/user", json(body), "Content-Type", "application/json");
    }

    private String json(Map<String, Object> body) {
        try {
            return jsonMapper.writeValueAsString(body);
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** Seed 003's error envelope exactly, echoing what the request sent; answers the message. */
    private String assertWalletError(Response response, int status, String code, Map<String, Object> sent) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response.body());
        Map<String, Object> body = response.json();
        assertEquals(ERROR_KEYS, body.keySet(), response.body());
        assertEquals("error", body.get("status"));
        assertEquals(code, body.get("code"), response.body());
        String message = (String) body.get("message");
        assertTrue(message != null && !message.isBlank(), response.body());
        assertEquals(message, body.get("details"));
        String timestamp = (String) body.get("timestamp");
        assertTrue(ISO_MILLIS_UTC.matcher(timestamp).matches(), timestamp);
        Object uuid = sent.get("uuid");
        Object signedUuid = sent.get("signed_uuid");
        assertEquals(uuid instanceof String text ? text : "", body.get("uuid"), "uuid echoed");
        assertEquals(signedUuid instanceof String text ? text : "", body.get("signed_uuid"), "signed_uuid echoed");
        return message;
    }

    private String assertUnauthenticated(Response response, Map<String, Object> sent) {
        return assertWalletError(response, 401, "authentication_error", sent);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> userData(Response response) {
        assertEquals(200, response.status(), response.body());
        Map<String, Object> body = response.json();
        assertEquals(Set.of("status", "code", "message", "data"), body.keySet());
        assertEquals("success", body.get("status"));
        assertEquals("user_info_retrieved", body.get("code"));
        assertEquals("User info retrieved successfully.", body.get("message"));
        return (Map<String, Object>) body.get("data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String partnerId, String action) {
        Response audit = operator("GET", "/admin/v1/audit?per_page=100&partner_id=" + partnerId + "&action=" + action,
                null);
        assertEquals(200, audit.status(), audit.body());
        return (List<Map<String, Object>>) audit.json().get("items");
    }

    // --- the operator registers a public key ---------------------------------------------------------------

    @Test
    void registers_a_pem_public_key_that_then_verifies_the_partners_requests() {
        String partnerId = createPartner("Registered Co", "USD");
        Response registered = operator("POST", "/admin/v1/partners/" + partnerId + "/rsa-keys",
                json(Map.of("public_key", REGISTERED.publicKey().pem())));
        assertEquals(201, registered.status(), registered.body());
        assertEquals(Set.of("id"), registered.json().keySet());
        addCustomer(partnerId, "user_1", "Ada");

        Provider provider = new Provider(partnerId, REGISTERED.privateKeyPkcs8(), "user_1");
        assertEquals(Map.of("user_id", "user_1", "fullname", "Ada", "status", "active"),
                userData(userInfo(request(provider))));
        assertEquals(registered.json().get("id"), audit(partnerId, "rsa_key.register").get(0).get("target"));

        Response again = operator("POST", "/admin/v1/partners/" + partnerId + "/rsa-keys",
                json(Map.of("public_key", REGISTERED.publicKey().pem())));
        assertEquals(409, again.status(), again.body());
        assertEquals("rsa_key_exists", again.error().get("code"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1024-bit key", "EC key", "PKCS#1 header", "private key", "garbage", "bare base64",
        "number", "missing"})
    void refuses_anything_but_an_rsa_public_key_of_2048_bits_or_more(String kind) throws Exception {
        String partnerId = createPartner("Picky Co " + partners.incrementAndGet(), "USD");
        String body = switch (kind) {
            case "1024-bit key" -> json(Map.of("public_key", pem("RSA", 1024)));
            case "EC key" -> json(Map.of("public_key", pem("EC", 256)));
            case "PKCS#1 header" -> json(Map.of("public_key", REGISTERED.publicKey().pem()
                    .replace("PUBLIC KEY", "RSA PUBLIC KEY")));
            case "private key" -> json(Map.of("public_key", "-----BEGIN PRIVATE KEY-----\n"
                    + REGISTERED.privateKeyBase64() + "\n-----END PRIVATE KEY-----\n"));
            case "garbage" -> json(Map.of("public_key",
                    "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----"));
            case "bare base64" -> json(Map.of("public_key", REGISTERED.publicKey().base64Der()));
            case "number" -> "{\"public_key\":42}";
            default -> "{}";
        };
        Response refused = operator("POST", "/admin/v1/partners/" + partnerId + "/rsa-keys", body);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("bad_request", refused.error().get("code"));
        assertEquals("public_key", refused.error().get("field"));
        assertEquals(List.of(), audit(partnerId, "rsa_key.register"), "nothing reached the use case");
    }

    private static String pem(String algorithm, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(bits);
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void refuses_to_register_for_an_unknown_partner() {
        Response missing = operator("POST", "/admin/v1/partners/0193a1c2-0000-7000-8000-000000000000/rsa-keys",
                json(Map.of("public_key", REGISTERED.publicKey().pem())));
        assertEquals(404, missing.status(), missing.body());
    }

    // --- /api/v1/keys: operator only -----------------------------------------------------------------------

    @Test
    void generates_a_pair_in_the_seeds_shape_and_keeps_only_the_public_key() {
        String partnerId = createPartner("Generated Co", "USD");
        String uuid = UuidV7.next().toString();
        Response generated = operator("POST", "/api/v1/keys/generate", json(Map.of("service_provider", partnerId,
                "uuid", uuid, "signed_uuid", "echo-me")));

        assertEquals(200, generated.status(), generated.body());
        Map<String, Object> body = generated.json();
        assertEquals(Set.of("status", "code", "message", "data"), body.keySet());
        assertEquals("success", body.get("status"));
        assertEquals("keys_generated", body.get("code"));
        assertEquals("Keys generated successfully.", body.get("message"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        assertEquals(Set.of("public_key", "private_key", "uuid", "signed_uuid"), data.keySet());
        assertEquals(uuid, data.get("uuid"));
        assertEquals("echo-me", data.get("signed_uuid"));
        String publicKey = (String) data.get("public_key");
        assertTrue(publicKey.startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"), publicKey);
        assertTrue(((String) data.get("private_key")).startsWith("MIIE"), "PKCS#8 DER in base64");
        assertEquals(2048, RsaPublicKey.fromBase64Der(publicKey).bits());
        assertEquals("no-store", generated.header("Cache-Control").orElse(""));

        Response audit = operator("GET", "/admin/v1/audit?per_page=100&partner_id=" + partnerId, null);
        assertFalse(audit.body().contains((String) data.get("private_key")), "the private key is nowhere kept");
        assertEquals(1, audit(partnerId, "rsa_key.generate").size());
    }

    @Test
    void rotates_in_the_seeds_shape_keeping_the_old_keys_for_the_overlap() {
        Provider before = newProvider("Rotating Co");
        Response rotated = keys("rotate", before.partnerId());

        assertEquals(200, rotated.status(), rotated.body());
        assertEquals("keys_rotated", rotated.json().get("code"));
        assertEquals("Keys rotated successfully.", rotated.json().get("message"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) rotated.json().get("data");
        assertEquals(Set.of("new_public_key", "new_private_key", "uuid", "signed_uuid"), data.keySet());
        Provider after = new Provider(before.partnerId(),
                Base64.getDecoder().decode((String) data.get("new_private_key")), before.userId());

        userData(userInfo(request(before)));
        userData(userInfo(request(after)));
        clock.advance(Duration.ofHours(24));
        Map<String, Object> retired = request(before);
        assertUnauthenticated(userInfo(retired), retired);
        userData(userInfo(request(after)));
        assertEquals(1, audit(before.partnerId(), "rsa_key.rotate").size());
    }

    @Test
    void rotating_twice_retires_the_first_keys_at_once() {
        Provider first = newProvider("Twice Co");
        keys("rotate", first.partnerId());
        keys("rotate", first.partnerId());
        Map<String, Object> old = request(first);
        assertUnauthenticated(userInfo(old), old);
    }

    @Test
    void key_management_is_for_the_operator_only() {
        String partnerId = createPartner("Keys Guarded Co", "USD");
        String memberEmail = "keys-" + partners.incrementAndGet() + "@example.com";
        addMember(partnerId, memberEmail);
        String memberToken = (String) logIn(memberEmail).get("accessToken");
        String body = json(Map.of("service_provider", partnerId, "uuid", "u-1", "signed_uuid", "s-1"));
        Map<String, Object> sent = Map.of("uuid", "u-1", "signed_uuid", "s-1");

        for (String action : List.of("generate", "rotate")) {
            String path = "/api/v1/keys/" + action;
            assertUnauthenticated(call("POST", path, body, "Content-Type", "application/json"), Map.of());
            assertUnauthenticated(call("POST", path, body, "Content-Type", "application/json",
                    "Authorization", "Bearer not-the-operator"), Map.of());
            assertUnauthenticated(call("POST", path, body, "Content-Type", "application/json",
                    "Authorization", "Bearer " + memberToken), Map.of());
            assertUnauthenticated(call("POST", path, body, "Content-Type", "application/json",
                    "Authorization", OPERATOR_TOKEN), Map.of());
        }
        assertEquals(List.of(), audit(partnerId, "rsa_key.generate"));
        assertEquals(200, call("POST", "/api/v1/keys/generate", body, "Content-Type", "application/json",
                "Authorization", "Bearer " + OPERATOR_TOKEN).status());
        assertTrue(sent.size() == 2);
    }

    @Test
    void key_management_names_a_missing_or_unknown_service_provider() {
        Response missing = operator("POST", "/api/v1/keys/generate", "{\"uuid\":\"u-2\"}");
        String message = assertWalletError(missing, 400, "missing_fields", Map.of("uuid", "u-2"));
        assertTrue(message.contains("service_provider"), message);
        for (String unknown : List.of("0193a1c2-0000-7000-8000-000000000000", "not-a-partner")) {
            for (String action : List.of("generate", "rotate")) {
                assertWalletError(keys(action, unknown), 404, "bad_request", Map.of());
            }
        }
        assertWalletError(operator("POST", "/api/v1/keys/rotate", "{\"service_provider\":"), 400, "bad_request",
                Map.of());
    }

    // --- /api/v1/user: good ----------------------------------------------------------------------------------

    @Test
    void answers_the_users_public_profile_for_a_correctly_signed_request() {
        Provider provider = newProvider("Profile Co");
        Map<String, Object> data = userData(userInfo(request(provider)));
        assertEquals(Map.of("user_id", "user_1", "fullname", "Mohamed Ahmed", "status", "active"), data);
    }

    @Test
    void reads_the_timestamp_as_iso_8601_with_an_offset_or_as_unix_seconds() {
        Provider provider = newProvider("Stamps Co");
        Instant now = clock.instant();
        for (String timestamp : List.of(now.toString(), Long.toString(now.getEpochSecond()),
                now.atOffset(java.time.ZoneOffset.ofHours(3)).toString(),
                now.minusSeconds(290).toString())) {
            userData(userInfo(request(provider, provider.privateKey(), UuidV7.next().toString(), timestamp)));
        }
    }

    // --- missing and malformed ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"user_id", "service_provider", "uuid", "signed_uuid", "timestamp"})
    void names_a_missing_field_with_the_seeds_missing_fields_code(String field) {
        Provider provider = newProvider("Missing Co");
        Map<String, Object> sent = request(provider);
        sent.remove(field);
        String message = assertWalletError(userInfo(sent), 400, "missing_fields", sent);
        assertTrue(message.contains(field), message);

        Map<String, Object> nulled = request(provider);
        nulled.put(field, null);
        assertWalletError(userInfo(nulled), 400, "missing_fields", nulled);
    }

    @Test
    void names_every_missing_field_at_once() {
        String message = assertWalletError(userInfo(Map.of()), 400, "missing_fields", Map.of());
        assertEquals("Missing fields: user_id, service_provider, uuid, signed_uuid, timestamp", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uuid_001", "0190b3c25e4f7a1b9c3d2e1f0a9b8c7d", "0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7"})
    void refuses_a_uuid_that_is_not_a_uuid_with_invalid_uuid(String uuid) {
        Provider provider = newProvider("Bad Uuid Co");
        Map<String, Object> sent = request(provider, provider.privateKey(), uuid, nowIso());
        assertWalletError(userInfo(sent), 400, "invalid_uuid", sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-05-24T12:05:00", "1716552300000", "2024-05-24"})
    void refuses_a_timestamp_it_cannot_read_as_a_bad_request(String timestamp) {
        Provider provider = newProvider("Bad Stamp Co");
        Map<String, Object> sent = request(provider, provider.privateKey(), UuidV7.next().toString(), timestamp);
        String message = assertWalletError(userInfo(sent), 400, "bad_request", sent);
        assertTrue(message.contains("timestamp"), message);
    }

    @Test
    void refuses_malformed_json_and_wrong_types_without_a_500() {
        Provider provider = newProvider("Junk Co");
        assertWalletError(call("POST", "/api/v1/user", "{\"user_id\":", "Content-Type", "application/json"), 400,
                "bad_request", Map.of());
        assertWalletError(call("POST", "/api/v1/user", "[]", "Content-Type", "application/json"), 400,
                "bad_request", Map.of());
        Map<String, Object> numeric = request(provider);
        numeric.put("user_id", 42);
        assertWalletError(userInfo(numeric), 400, "bad_request", numeric);
        Map<String, Object> signedNumber = request(provider);
        signedNumber.put("signed_uuid", 7);
        assertWalletError(userInfo(signedNumber), 400, "bad_request", signedNumber);
    }

    @Test
    void refuses_a_signed_uuid_that_is_not_base64_as_an_authentication_error() {
        Provider provider = newProvider("Not Base64 Co");
        Map<String, Object> sent = request(provider);
        sent.put("signed_uuid", "signed_uuid_001!");
        assertUnauthenticated(userInfo(sent), sent);
    }

    // --- wrong key, other partner, unknown or suspended partner ---------------------------------------------

    @Test
    void refuses_a_uuid_signed_with_another_key() {
        Provider provider = newProvider("Wrong Key Co");
        Map<String, Object> sent = request(provider, STRANGER.privateKeyPkcs8(), UuidV7.next().toString(), nowIso());
        String message = assertUnauthenticated(userInfo(sent), sent);
        assertTrue(message.contains("signed_uuid does not verify"), message);
    }

    @Test
    void refuses_a_signature_of_another_uuid() {
        Provider provider = newProvider("Other Uuid Co");
        Map<String, Object> sent = request(provider);
        sent.put("uuid", UuidV7.next().toString());
        assertUnauthenticated(userInfo(sent), sent);
    }

    @Test
    void refuses_one_partners_signature_for_another_partner() {
        Provider mine = newProvider("Mine Co");
        Provider theirs = newProvider("Theirs Co");
        Map<String, Object> sent = request(mine, theirs.privateKey(), UuidV7.next().toString(), nowIso());
        assertUnauthenticated(userInfo(sent), sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0193a1c2-0000-7000-8000-000000000000", "249_111", "x"})
    void refuses_an_unknown_service_provider(String serviceProvider) {
        Provider provider = newProvider("Named Co");
        Map<String, Object> sent = request(provider);
        sent.put("service_provider", serviceProvider);
        assertEquals("Unknown service_provider", assertUnauthenticated(userInfo(sent), sent));
    }

    @Test
    void refuses_a_suspended_partner_and_accepts_it_again_once_activated() {
        Provider provider = newProvider("Suspended Co");
        operator("POST", "/admin/v1/partners/" + provider.partnerId() + "/suspend", null);
        Map<String, Object> sent = request(provider);
        assertUnauthenticated(userInfo(sent), sent);
        operator("POST", "/admin/v1/partners/" + provider.partnerId() + "/activate", null);
        userData(userInfo(request(provider)));
    }

    @Test
    void refuses_a_partner_that_has_no_key() {
        String partnerId = createPartner("Keyless Co " + partners.incrementAndGet(), "USD");
        Provider provider = new Provider(partnerId, STRANGER.privateKeyPkcs8(), "user_1");
        Map<String, Object> sent = request(provider);
        String message = assertUnauthenticated(userInfo(sent), sent);
        assertTrue(message.contains("no active RSA key"), message);
    }

    // --- stale, future ---------------------------------------------------------------------------------------

    @Test
    void refuses_timestamps_more_than_300_seconds_away_in_either_reading() {
        Provider provider = newProvider("Stale Co");
        Instant now = clock.instant();
        // Past by 301 s stays past while the clock ticks; the future needs slack, the second may turn meanwhile.
        for (String timestamp : List.of(now.minusSeconds(301).toString(), Long.toString(now.getEpochSecond() - 301),
                now.plusSeconds(310).toString(), Long.toString(now.getEpochSecond() + 400), "2024-05-24T12:05:00Z")) {
            Map<String, Object> sent = request(provider, provider.privateKey(), UuidV7.next().toString(), timestamp);
            String message = assertUnauthenticated(userInfo(sent), sent);
            assertTrue(message.contains("300 seconds"), message);
        }
    }

    // --- replay ----------------------------------------------------------------------------------------------

    @Test
    void accepts_a_uuid_once_even_when_restamped() {
        Provider provider = newProvider("Replay Co");
        Map<String, Object> sent = request(provider);
        userData(userInfo(sent));

        String message = assertUnauthenticated(userInfo(sent), sent);
        assertTrue(message.contains("already been used"), message);
        clock.advance(Duration.ofMinutes(10));
        Map<String, Object> restamped = new LinkedHashMap<>(sent);
        restamped.put("timestamp", nowIso());
        assertUnauthenticated(userInfo(restamped), restamped);
    }

    @Test
    void of_concurrent_copies_of_one_signed_request_exactly_one_is_answered() throws Exception {
        Provider provider = newProvider("Race Co");
        Map<String, Object> sent = request(provider);
        String body = json(sent);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return call("POST", "/api/v1/user", body, "Content-Type", "application/json");
                }));
            }
            start.countDown();
            int answered = 0;
            for (Future<Response> response : responses) {
                Response result = response.get(30, TimeUnit.SECONDS);
                if (result.status() == 200) {
                    answered++;
                } else {
                    assertUnauthenticated(result, sent);
                }
            }
            assertEquals(1, answered);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_request_does_not_spend_its_uuid() {
        Provider provider = newProvider("Unspent Co");
        String uuid = UuidV7.next().toString();
        Map<String, Object> stale = request(provider, provider.privateKey(), uuid,
                clock.instant().minusSeconds(400).toString());
        assertUnauthenticated(userInfo(stale), stale);
        userData(userInfo(request(provider, provider.privateKey(), uuid, nowIso())));
    }

    // --- unknown users ---------------------------------------------------------------------------------------

    @Test
    void answers_user_not_found_for_an_unknown_user_or_another_partners_user() {
        Provider provider = newProvider("Users Co");
        Provider other = newProvider("Other Users Co");
        addCustomer(other.partnerId(), "only_theirs", "Theirs");

        for (String userId : List.of("nobody", "only_theirs")) {
            Map<String, Object> sent = request(provider);
            sent.put("user_id", userId);
            String message = assertWalletError(userInfo(sent), 404, "user_not_found", sent);
            assertTrue(message.startsWith("User doesn't exist"), message);
        }
    }

    // --- audit -----------------------------------------------------------------------------------------------

    @Test
    void audits_refusals_and_reads_with_the_verifying_key_as_actor() {
        Provider provider = newProvider("Audited Co");
        Map<String, Object> sent = request(provider);
        userData(userInfo(sent));
        userInfo(sent);
        userInfo(request(provider, STRANGER.privateKeyPkcs8(), UuidV7.next().toString(), nowIso()));

        List<Object> refusals = audit(provider.partnerId(), "signed_uuid.verify").stream()
                .map(item -> item.get("outcome")).toList();
        assertEquals(List.of("rejected:uuid_already_used", "rejected:signature_mismatch"), refusals);
        List<Map<String, Object>> reads = audit(provider.partnerId(), "customer.user_info");
        assertEquals(1, reads.size());
        assertTrue(((String) reads.get(0).get("actor")).startsWith("rsa_key:"), reads.toString());
        assertNotEquals("", reads.get(0).get("target"));
    }
}
