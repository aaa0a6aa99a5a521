package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator API of SPEC.md §6 (this rows) over real HTTP, with every error path. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorApiIT extends ServerTestSupport {

    @Test
    void refuses_calls_without_the_operator_token() {
        Response missing = call("GET", "/admin/v1/partners", null);
        assertEquals(401, missing.status());
        assertEquals("unauthenticated", missing.error().get("code"));
        assertEquals("Bearer realm=\"ledgerport-admin\"", missing.header("WWW-Authenticate").orElse(""));

        Response wrong = call("GET", "/admin/v1/partners", null, "Authorization", "Bearer not-the-token");
        assertEquals(401, wrong.status());
        assertEquals("Invalid operator token", wrong.error().get("message"));

        Response noPrefix = call("GET", "/admin/v1/partners", null, "Authorization", OPERATOR_TOKEN);
        assertEquals(401, noPrefix.status());
        Response basic = call("GET", "/admin/v1/partners", null, "Authorization", "Basic " + OPERATOR_TOKEN);
        assertEquals(401, basic.status());
    }

    @Test
    void registers_a_partner_and_reads_it_back() {
        Response created = operator("POST", "/admin/v1/partners",
                "{\"name\":\"  Acme Digital \",\"currency\":\"EUR\"}");
        assertEquals(201, created.status(), created.body());
        Map<String, Object> partner = created.json();
        assertEquals("Acme Digital", partner.get("name"));
        assertEquals("EUR", partner.get("currency"));
        assertEquals("active", partner.get("status"));
        String id = (String) partner.get("id");
        assertEquals('7', id.charAt(14), "ids are UUIDv7");

        Response read = operator("GET", "/admin/v1/partners/" + id, null);
        assertEquals(200, read.status());
        assertEquals(partner, read.json());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"currency\":\"EUR\"}                         | name",
        "{\"name\":\"\",\"currency\":\"EUR\"}           | name",
        "{\"name\":\"   \",\"currency\":\"EUR\"}        | name",
        "{\"name\":42,\"currency\":\"EUR\"}             | name",
        "{\"name\":null,\"currency\":\"EUR\"}           | name",
        "{\"name\":\"A\"}                               | currency",
        "{\"name\":\"A\",\"currency\":\"XYZ\"}          | currency",
        "{\"name\":\"A\",\"currency\":\"eur\"}          | currency",
        "{\"name\":\"A\",\"currency\":\"EURO\"}         | currency",
        "{\"name\":\"A\",\"currency\":\"XAU\"}          | currency",
        "{\"name\":\"A\",\"currency\":978}              | currency",
        "{\"name\":\"A\",\"name\":\"B\",\"currency\":\"EUR\"} | body",
        "[1,2]                                          | body",
        "\"text\"                                       | body",
        "{\"name\":\"A\",\"currency\":\"EUR\"} trailing | body",
        "{\"name\":\"A\",                               | body"})
    void rejects_a_bad_partner_with_a_400_naming_the_field(String body, String field) {
        Response rejected = operator("POST", "/admin/v1/partners", body);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals("bad_request", rejected.error().get("code"));
        assertEquals(field, rejected.error().get("field"), rejected.body());
    }

    @Test
    void rejects_overlong_names_empty_bodies_and_other_media_types() {
        String longName = "x".repeat(201);
        Response tooLong = operator("POST", "/admin/v1/partners",
                "{\"name\":\"" + longName + "\",\"currency\":\"EUR\"}");
        assertEquals(400, tooLong.status());
        assertEquals("name", tooLong.error().get("field"));

        Response empty = operator("POST", "/admin/v1/partners", "");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("body", empty.error().get("field"));

        Response form = call("POST", "/admin/v1/partners", "name=A&currency=EUR", "Authorization",
                "Bearer " + OPERATOR_TOKEN, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(415, form.status(), form.body());
        assertEquals("unsupported_media_type", form.error().get("code"));
    }

    @Test
    void pages_partners_with_an_opaque_cursor() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createPartner("Paged " + i, "USD"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor == null ? "" : "&cursor=" + cursor;
            Response page = operator("GET", "/admin/v1/partners?per_page=2" + after, null);
            assertEquals(200, page.status(), page.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
            assertTrue(items.size() <= 2);
            items.forEach(item -> seen.add((String) item.get("id")));
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) page.json().get("meta");
            assertEquals(2, meta.get("per_page"));
            cursor = (String) meta.get("next_cursor");
        } while (cursor != null);
        assertEquals(created, seen.stream().filter(created::contains).toList());
        assertEquals(seen.size(), seen.stream().distinct().count());
    }

    @ParameterizedTest
    @CsvSource({"per_page=0, per_page", "per_page=101, per_page", "per_page=ten, per_page", "cursor=abc, cursor",
        "cursor=djE6bm90LWEtdXVpZA, cursor"})
    void rejects_bad_paging_parameters(String query, String field) {
        Response rejected = operator("GET", "/admin/v1/partners?" + query, null);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals(field, rejected.error().get("field"));
    }

    @Test
    void answers_not_found_for_unknown_or_malformed_partner_ids() {
        for (String id : List.of("0193a1c2-0000-7000-8000-000000000000", "not-a-uuid")) {
            for (String path : List.of("", "/suspend", "/activate")) {
                Response missing = operator(path.isEmpty() ? "GET" : "POST", "/admin/v1/partners/" + id + path,
                        path.isEmpty() ? null : "{}");
                assertEquals(404, missing.status(), path + " " + missing.body());
                assertEquals("not_found", missing.error().get("code"));
            }
        }
    }

    @Test
    void suspends_and_activates_a_partner_idempotently() {
        String id = createPartner("Switch Co", "EUR");
        Response suspended = operator("POST", "/admin/v1/partners/" + id + "/suspend", null);
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("suspended", suspended.json().get("status"));
        Response again = operator("POST", "/admin/v1/partners/" + id + "/suspend", null);
        assertEquals("suspended", again.json().get("status"));
        assertEquals("suspended", operator("GET", "/admin/v1/partners/" + id, null).json().get("status"));
        Response activated = operator("POST", "/admin/v1/partners/" + id + "/activate", null);
        assertEquals("active", activated.json().get("status"));
    }

    @Test
    void adds_members_with_unique_emails() {
        String id = createPartner("Members Co", "EUR");
        Response added = operator("POST", "/admin/v1/partners/" + id + "/members",
                "{\"email\":\"Ada@Example.COM\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals("ada@example.com", added.json().get("email"));
        assertEquals(id, added.json().get("partner_id"));
        assertFalse(added.body().contains("password"), "no hash or password in the answer");

        String other = createPartner("Other Co", "EUR");
        Response taken = operator("POST", "/admin/v1/partners/" + other + "/members",
                "{\"email\":\"ada@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(409, taken.status());
        assertEquals("email_taken", taken.error().get("code"));
        assertEquals("email", taken.error().get("field"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"password\":\"long enough password\"}                    | email",
        "{\"email\":\"no-at-sign\",\"password\":\"long enough pw\"} | email",
        "{\"email\":\"a@b\",\"password\":\"long enough pw\"}        | email",
        "{\"email\":\"x@example.com\"}                              | password",
        "{\"email\":\"x@example.com\",\"password\":\"short\"}       | password",
        "{\"email\":\"x@example.com\",\"password\":12345678901}     | password"})
    void rejects_bad_members_with_a_400_naming_the_field(String body, String field) {
        String id = createPartner("Bad Members Co", "EUR");
        Response rejected = operator("POST", "/admin/v1/partners/" + id + "/members", body);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals(field, rejected.error().get("field"));
    }

    @Test
    void refuses_members_for_an_unknown_partner() {
        Response missing = operator("POST", "/admin/v1/partners/0193a1c2-0000-7000-8000-000000000000/members",
                "{\"email\":\"nobody@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(404, missing.status());
    }

    @Test
    void audits_every_call_with_its_request_id() {
        Response created = call("POST", "/admin/v1/partners", "{\"name\":\"Audited\",\"currency\":\"GBP\"}",
                "Authorization", "Bearer " + OPERATOR_TOKEN, "Content-Type", "application/json",
                "X-Request-Id", "audit-check-1");
        assertEquals("audit-check-1", created.header("X-Request-Id").orElse(""));
        String id = (String) created.json().get("id");
        operator("POST", "/admin/v1/partners/" + id + "/suspend", null);
        operator("GET", "/admin/v1/partners/" + id, null);

        Response audit = operator("GET", "/admin/v1/audit?partner_id=" + id, null);
        assertEquals(200, audit.status(), audit.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.json().get("items");
        // Registering a partner also opens its balance account (ledger issue).
        assertEquals(List.of("partner.register", "ledger.account.open", "partner.suspend", "partner.read"),
                items.stream().map(item -> item.get("action")).toList());
        Map<String, Object> first = items.get(0);
        assertEquals("operator", first.get("actor"));
        assertEquals("succeeded", first.get("outcome"));
        assertEquals("audit-check-1", first.get("request_id"));

        Response filtered = operator("GET", "/admin/v1/audit?partner_id=" + id + "&action=partner.suspend", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> suspends = (List<Map<String, Object>>) filtered.json().get("items");
        assertEquals(1, suspends.size());

        Response future = operator("GET", "/admin/v1/audit?partner_id=" + id + "&from=2999-01-01T00:00:00Z", null);
        assertEquals(List.of(), future.json().get("items"));
    }

    @Test
    void audits_rejected_calls_too() {
        operator("POST", "/admin/v1/partners/0193a1c2-0000-7000-8000-00000000abcd/suspend", null);
        Response audit = operator("GET", "/admin/v1/audit?action=partner.suspend&per_page=100", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.json().get("items");
        assertTrue(items.stream().anyMatch(item -> "rejected:not_found".equals(item.get("outcome"))
                && "0193a1c2-0000-7000-8000-00000000abcd".equals(item.get("target"))), audit.body());
    }

    @ParameterizedTest
    @CsvSource({"from=yesterday, from", "to=2026-13-01T00:00:00Z, to", "partner_id=42, partner_id"})
    void rejects_bad_audit_filters(String query, String field) {
        Response rejected = operator("GET", "/admin/v1/audit?" + query, null);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals(field, rejected.error().get("field"));
    }

    @Test
    void answers_unknown_paths_and_wrong_methods_in_the_operator_envelope() {
        Response unknown = operator("GET", "/admin/v1/nothing-here", null);
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.error().get("code"));
        Response wrongMethod = operator("DELETE", "/admin/v1/partners", null);
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.error().get("code"));
        assertTrue(wrongMethod.header("content-type").orElse("").startsWith("application/json"));
    }

    @Test
    void echoes_a_sane_request_id_and_makes_one_otherwise() {
        Response echoed = call("GET", "/health", null, "X-Request-Id", "client-123");
        assertEquals("client-123", echoed.header("X-Request-Id").orElse(""));
        Response generated = call("GET", "/health", null);
        String id = generated.header("X-Request-Id").orElse("");
        assertEquals(36, id.length());
        Response insane = call("GET", "/health", null, "X-Request-Id", "bad id with spaces");
        assertNotEquals("bad id with spaces", insane.header("X-Request-Id").orElse(""));
    }
}
