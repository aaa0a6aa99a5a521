package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every credential operation leaves an audit record in {@code GET /admin/v1/audit} (issue 3 item 9, SPEC.md
 * §2.10) with its actor, partner, target, outcome and the request id the caller sent: key creation and
 * expiry, failed uses of an existing key, access-token creation, update and revocation, Reseller tokens and
 * surface changes — refusals included. No secret ever reaches the log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialAuditIT extends CredentialSuiteSupport {

    private static final Set<String> RECORD_FIELDS = Set.of("id", "at", "actor", "partner_id", "action", "target",
            "outcome", "request_id");
    private static final String BALANCE = "{\"balance\":{\"actions\":[\"read_one\"]}}";

    @Test
    void audits_a_members_key_creation_refusal_and_expiry() {
        Tenant tenant = newTenant();
        String tag = "audit-keys-" + next();
        Instant before = clock.instant();
        Response created = createKey(tenant, "{\"name\":\"audited\"}", "X-Request-Id", tag + "-create");
        assertEquals(201, created.status(), created.body());
        String keyId = created.json().get("id").toString();
        createKey(tenant, "{\"name\":\"refused\",\"ttl_seconds\":0}", "X-Request-Id", tag + "-refused");
        assertEquals(200, expireKey(tenant.bearer(), Long.parseLong(keyId), "X-Request-Id", tag + "-expire").status());

        Map<String, Object> create = only(tenant.partnerId(), "api_key.create", tag + "-create");
        assertRecord(create, "member:" + tenant.memberId(), tenant.partnerId(), keyId, "succeeded", before);
        Map<String, Object> refused = only(tenant.partnerId(), "api_key.create", tag + "-refused");
        assertRecord(refused, "member:" + tenant.memberId(), tenant.partnerId(), "", "rejected:invalid_lifetime",
                before);
        Map<String, Object> expire = only(tenant.partnerId(), "api_key.expire", tag + "-expire");
        assertRecord(expire, "member:" + tenant.memberId(), tenant.partnerId(), keyId, "succeeded", before);
        assertNoSecret(tenant.partnerId(), (String) created.json().get("secret"));
    }

    @Test
    void audits_the_operators_key_operations_and_a_foreign_expiry_attempt() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String tag = "audit-operator-" + next();
        Instant before = clock.instant();
        Response created = call("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys", "{\"name\":\"ops\"}",
                "Authorization", "Bearer " + OPERATOR_TOKEN, "Content-Type", JSON, "X-Request-Id", tag + "-create");
        assertEquals(201, created.status(), created.body());
        String keyId = created.json().get("id").toString();
        assertEquals(404, expireKey(other.bearer(), Long.parseLong(keyId), "X-Request-Id", tag + "-foreign").status());
        call("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/" + keyId + "/expire", null,
                "Authorization", "Bearer " + OPERATOR_TOKEN, "X-Request-Id", tag + "-expire");

        assertRecord(only(tenant.partnerId(), "api_key.create", tag + "-create"), "operator", tenant.partnerId(),
                keyId, "succeeded", before);
        assertRecord(only(other.partnerId(), "api_key.expire", tag + "-foreign"), "member:" + other.memberId(),
                other.partnerId(), keyId, "rejected:not_found", before);
        assertRecord(only(tenant.partnerId(), "api_key.expire", tag + "-expire"), "operator", tenant.partnerId(),
                keyId, "succeeded", before);
        assertNoSecret(tenant.partnerId(), (String) created.json().get("secret"));
        assertNoSecret(tenant.partnerId(), (String) created.json().get("api_key"));
    }

    @Test
    void audits_failed_uses_of_an_existing_key_with_the_reason_but_not_unknown_keys() {
        Tenant tenant = newTenant();
        String tag = "audit-use-" + next();
        Key key = operatorKey(tenant.partnerId(), "\"ttl_seconds\":600");
        Key revoked = operatorKey(tenant.partnerId());
        operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/api-keys/" + revoked.id() + "/expire", null);
        Instant before = clock.instant();
        call("GET", "/api/v1/s2s/accounts", null, "X-API-Key", key.username(), "X-API-Secret",
                S2sAuthIT.flipLast(key.secret()), "X-Request-Id", tag + "-wrong");
        supplier(S2sAuthIT.flipLast(key.apiKey()), "X-Request-Id", tag + "-wrong-001");
        supplier(key.apiKey(), "X-Tenant-Id", newTenant().partnerId(), "X-Request-Id", tag + "-tenant");
        s2s(revoked, "X-Request-Id", tag + "-revoked");
        call("GET", "/api/v1/s2s/accounts", null, "X-API-Key", "lpk_0123456789abcdef01234567", "X-API-Secret",
                key.secret(), "X-Request-Id", tag + "-unknown");
        assertEquals(200, s2s(key, "X-Request-Id", tag + "-ok").status());
        clock.advance(Duration.ofSeconds(601));
        s2s(key, "X-Request-Id", tag + "-expired");

        String keyId = Long.toString(key.id());
        assertRecord(only(tenant.partnerId(), "api_key.use", tag + "-wrong"), "anonymous", tenant.partnerId(), keyId,
                "rejected:wrong_secret", before);
        assertRecord(only(tenant.partnerId(), "api_key.use", tag + "-wrong-001"), "anonymous", tenant.partnerId(),
                keyId, "rejected:wrong_secret", before);
        assertRecord(only(tenant.partnerId(), "api_key.use", tag + "-tenant"), "anonymous", tenant.partnerId(), keyId,
                "rejected:other_tenant", before);
        assertRecord(only(tenant.partnerId(), "api_key.use", tag + "-revoked"), "anonymous", tenant.partnerId(),
                Long.toString(revoked.id()), "rejected:revoked", before);
        assertRecord(only(tenant.partnerId(), "api_key.use", tag + "-expired"), "anonymous", tenant.partnerId(), keyId,
                "rejected:expired", before);
        List<Map<String, Object>> uses = audit(null, "api_key.use");
        assertFalse(uses.stream().anyMatch(record -> (tag + "-unknown").equals(record.get("request_id"))),
                "an unknown key is nobody's credential and is not audited");
        assertFalse(uses.stream().anyMatch(record -> (tag + "-ok").equals(record.get("request_id"))),
                "a successful use is not a credential operation");
        assertNoSecret(tenant.partnerId(), key.secret());
        assertNoSecret(tenant.partnerId(), S2sAuthIT.flipLast(key.secret()));
    }

    @Test
    void audits_access_token_creation_update_and_revocation_by_members_and_tokens() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String tag = "audit-tokens-" + next();
        Instant before = clock.instant();
        Response created = createToken(tenant.bearer(), tenant.partnerId(), "test",
                "{\"description\":\"audited\",\"scopes\":{\"accesstoken\":{\"actions\":[\"create_one\"]},"
                        + "\"balance\":{\"actions\":[\"read_one\"]}}}", "X-Request-Id", tag + "-create");
        assertEquals(201, created.status(), created.body());
        Token parent = new Token((String) created.json().get("id"), (String) created.json().get("jwt"));
        Response child = createToken(parent.bearer(), tenant.partnerId(), "test", "{\"scopes\":" + BALANCE + "}",
                "X-Request-Id", tag + "-by-token");
        assertEquals(201, child.status(), child.body());
        createToken(parent.bearer(), tenant.partnerId(), "test",
                "{\"scopes\":{\"orders\":{\"actions\":[\"read_one\"]}}}", "X-Request-Id", tag + "-wider");
        createToken(other.bearer(), tenant.partnerId(), "test", "{\"scopes\":" + BALANCE + "}",
                "X-Request-Id", tag + "-foreign");
        assertEquals(200, call("PATCH", "/api/accesstoken/" + parent.id(), "{\"description\":\"renamed\"}",
                "Authorization", tenant.bearer(), "company", tenant.partnerId(), "Content-Type", JSON,
                "X-Request-Id", tag + "-update").status());
        assertEquals(200, call("DELETE", "/api/accesstoken/" + parent.id(), null, "Authorization", tenant.bearer(),
                "company", tenant.partnerId(), "X-Request-Id", tag + "-revoke").status());

        String member = "member:" + tenant.memberId();
        assertRecord(only(tenant.partnerId(), "access_token.create", tag + "-create"), member, tenant.partnerId(),
                parent.id(), "succeeded", before);
        assertRecord(only(tenant.partnerId(), "access_token.create", tag + "-by-token"), "access_token:" + parent.id(),
                tenant.partnerId(), (String) child.json().get("id"), "succeeded", before);
        assertRecord(only(tenant.partnerId(), "access_token.create", tag + "-wider"), "access_token:" + parent.id(),
                tenant.partnerId(), "", "rejected:not_allowed", before);
        assertRecord(only(other.partnerId(), "access_token.create", tag + "-foreign"), "member:" + other.memberId(),
                other.partnerId(), "", "rejected:company_not_allowed", before);
        assertRecord(only(tenant.partnerId(), "access_token.update", tag + "-update"), member, tenant.partnerId(),
                parent.id(), "succeeded", before);
        assertRecord(only(tenant.partnerId(), "access_token.revoke", tag + "-revoke"), member, tenant.partnerId(),
                parent.id(), "succeeded", before);
        assertNoSecret(tenant.partnerId(), parent.jwt());
        assertNoSecret(tenant.partnerId(), TestJwts.parts(parent.jwt())[2]);
    }

    @Test
    void audits_reseller_tokens_and_surface_changes() {
        Tenant tenant = newTenant();
        String tag = "audit-platform-" + next();
        Key key = operatorKey(tenant.partnerId());
        Instant before = clock.instant();
        Response generated = call("POST", "/Token/Generate", null, "ApiKey", key.apiKey(),
                "X-Request-Id", tag + "-generate");
        assertEquals(200, generated.status(), generated.body());
        Response narrowed = call("PUT", "/admin/v1/partners/" + tenant.partnerId() + "/surfaces",
                "{\"surfaces\":[\"supplier\",\"reseller\"]}", "Authorization", "Bearer " + OPERATOR_TOKEN,
                "Content-Type", JSON, "X-Request-Id", tag + "-surfaces");
        assertEquals(200, narrowed.status(), narrowed.body());
        call("PUT", "/admin/v1/partners/0193a1c2-0000-7000-8000-00000000abcd/surfaces", "{\"surfaces\":[]}",
                "Authorization", "Bearer " + OPERATOR_TOKEN, "Content-Type", JSON, "X-Request-Id", tag + "-unknown");

        assertRecord(only(tenant.partnerId(), "reseller_token.issue", tag + "-generate"), "api_key:" + key.id(),
                tenant.partnerId(), Long.toString(key.id()), "succeeded", before);
        assertRecord(only(tenant.partnerId(), "partner.surfaces", tag + "-surfaces"), "operator", tenant.partnerId(),
                "reseller,supplier", "succeeded", before);
        Map<String, Object> unknown = audit(null, "partner.surfaces").stream()
                .filter(record -> (tag + "-unknown").equals(record.get("request_id"))).findFirst().orElseThrow();
        assertEquals("rejected:not_found", unknown.get("outcome"));
        assertEquals("0193a1c2-0000-7000-8000-00000000abcd", unknown.get("target"));
        assertNoSecret(tenant.partnerId(), (String) ((Map<?, ?>) generated.json().get("data")).get("token"));
    }

    @Test
    void filters_a_partners_credential_records_by_action() {
        Tenant tenant = newTenant();
        memberKey(tenant, "");
        memberKey(tenant, "");
        List<Map<String, Object>> creates = audit(tenant.partnerId(), "api_key.create");
        assertEquals(2, creates.size(), creates.toString());
        assertTrue(creates.stream().allMatch(record -> "api_key.create".equals(record.get("action"))));
        assertEquals(List.of(), audit(tenant.partnerId(), "api_key.expire"));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Map<String, Object> only(String partnerId, String action, String requestId) {
        List<Map<String, Object>> matching = audit(partnerId, action).stream()
                .filter(record -> requestId.equals(record.get("request_id"))).toList();
        assertEquals(1, matching.size(), action + " " + requestId + ": " + matching);
        return matching.get(0);
    }

    private void assertRecord(Map<String, Object> record, String actor, String partnerId, String target,
            String outcome, Instant notBefore) {
        assertEquals(RECORD_FIELDS, record.keySet(), record.toString());
        assertEquals(actor, record.get("actor"), record.toString());
        assertEquals(partnerId, record.get("partner_id"), record.toString());
        assertEquals(target, record.get("target"), record.toString());
        assertEquals(outcome, record.get("outcome"), record.toString());
        Instant at = Instant.parse((String) record.get("at"));
        assertFalse(at.isBefore(notBefore.minusMillis(1)), record.toString());
        assertFalse(at.isAfter(clock.instant()), record.toString());
    }

    /** Nothing the partner ever sent or was shown as a secret appears anywhere in its audit trail. */
    @SuppressWarnings("unchecked")
    private void assertNoSecret(String partnerId, String secret) {
        Response page = operator("GET", "/admin/v1/audit?per_page=100&partner_id=" + partnerId, null);
        assertEquals(200, page.status(), page.body());
        assertFalse(((List<Object>) page.json().get("items")).isEmpty());
        assertFalse(page.body().contains(secret), "a secret in the audit log");
    }
}
