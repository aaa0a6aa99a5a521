package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator's customers endpoints (SPEC.md §6) over real HTTP, with every error path. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomersIT extends ServerTestSupport {

    private static final String UNKNOWN = "0193a1c2-0000-7000-8000-000000000000";

    private Response addCustomer(String partnerId, String body) {
        return operator("POST", "/admin/v1/partners/" + partnerId + "/customers", body);
    }

    @Test
    void adds_an_active_customer_and_reads_it_back() {
        String partnerId = createPartner("Wallet Co", "SDG");
        Instant before = clock.instant();
        Response added = addCustomer(partnerId, "{\"user_id\":\"user_1\",\"fullname\":\"  Mohamed Ahmed \"}");

        assertEquals(201, added.status(), added.body());
        Map<String, Object> customer = added.json();
        assertEquals(Set.of("id", "partner_id", "user_id", "fullname", "status", "created_at"), customer.keySet());
        assertEquals(partnerId, customer.get("partner_id"));
        assertEquals("user_1", customer.get("user_id"));
        assertEquals("Mohamed Ahmed", customer.get("fullname"));
        assertEquals("active", customer.get("status"));
        assertEquals('7', ((String) customer.get("id")).charAt(14), "ids are UUIDv7");
        Instant created = Instant.parse((String) customer.get("created_at"));
        assertTrue(Duration.between(before, created).abs().compareTo(Duration.ofMinutes(1)) < 0);

        Response read = operator("GET", "/admin/v1/partners/" + partnerId + "/customers/" + customer.get("id"), null);
        assertEquals(200, read.status(), read.body());
        assertEquals(customer, read.json());
    }

    @Test
    void a_user_id_is_unique_per_partner_only() {
        String partnerId = createPartner("Unique Co", "EUR");
        String other = createPartner("Other Unique Co", "EUR");
        assertEquals(201, addCustomer(partnerId, "{\"user_id\":\"249_111\",\"fullname\":\"Ada\"}").status());

        Response taken = addCustomer(partnerId, "{\"user_id\":\"249_111\",\"fullname\":\"Someone\"}");
        assertEquals(409, taken.status(), taken.body());
        assertEquals("user_id_taken", taken.error().get("code"));
        assertEquals("user_id", taken.error().get("field"));
        assertEquals(201, addCustomer(other, "{\"user_id\":\"249_111\",\"fullname\":\"Bob\"}").status());
        assertEquals(201, addCustomer(partnerId, "{\"user_id\":\"249_112\",\"fullname\":\"Ada\"}").status(),
                "the same name under another user_id is another customer");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"fullname\":\"Ada\"}                              | user_id",
        "{\"user_id\":\"\",\"fullname\":\"Ada\"}             | user_id",
        "{\"user_id\":\"  \",\"fullname\":\"Ada\"}           | user_id",
        "{\"user_id\":null,\"fullname\":\"Ada\"}             | user_id",
        "{\"user_id\":42,\"fullname\":\"Ada\"}               | user_id",
        "{\"user_id\":\" user_1\",\"fullname\":\"Ada\"}      | user_id",
        "{\"user_id\":\"user\\u0000\",\"fullname\":\"Ada\"}   | user_id",
        "{\"user_id\":\"user_1\"}                            | fullname",
        "{\"user_id\":\"user_1\",\"fullname\":\"\"}          | fullname",
        "{\"user_id\":\"user_1\",\"fullname\":[\"Ada\"]}     | fullname",
        "{\"user_id\":\"user_1\",\"fullname\":\"A\\nB\"}     | fullname",
        "{\"user_id\":\"u\",\"user_id\":\"v\",\"fullname\":\"A\"} | body",
        "[]                                                  | body",
        "{\"user_id\":\"user_1\",                            | body"})
    void rejects_a_bad_customer_with_a_400_naming_the_field(String body, String field) {
        String partnerId = createPartner("Bad Customer Co", "EUR");
        Response rejected = addCustomer(partnerId, body);
        assertEquals(400, rejected.status(), rejected.body());
        assertEquals("bad_request", rejected.error().get("code"));
        assertEquals(field, rejected.error().get("field"), rejected.body());
    }

    @Test
    void rejects_overlong_values_and_other_media_types() {
        String partnerId = createPartner("Long Co", "EUR");
        Response longUserId = addCustomer(partnerId, "{\"user_id\":\"" + "u".repeat(129) + "\",\"fullname\":\"A\"}");
        assertEquals(400, longUserId.status());
        assertEquals("user_id", longUserId.error().get("field"));
        Response longName = addCustomer(partnerId, "{\"user_id\":\"u\",\"fullname\":\"" + "n".repeat(201) + "\"}");
        assertEquals(400, longName.status());
        assertEquals("fullname", longName.error().get("field"));
        Response form = call("POST", "/admin/v1/partners/" + partnerId + "/customers", "user_id=u&fullname=A",
                "Authorization", "Bearer " + OPERATOR_TOKEN, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(415, form.status(), form.body());
    }

    @Test
    void answers_not_found_for_unknown_partners_and_for_customers_of_another_partner() {
        for (String partnerId : List.of(UNKNOWN, "not-a-uuid")) {
            Response add = addCustomer(partnerId, "{\"user_id\":\"u\",\"fullname\":\"A\"}");
            assertEquals(404, add.status(), add.body());
            assertEquals("not_found", add.error().get("code"));
            assertEquals(404, operator("GET", "/admin/v1/partners/" + partnerId + "/customers", null).status());
        }
        String owner = createPartner("Owner Co", "EUR");
        String stranger = createPartner("Stranger Co", "EUR");
        String customerId = (String) addCustomer(owner, "{\"user_id\":\"u\",\"fullname\":\"A\"}").json().get("id");

        Response foreign = operator("GET", "/admin/v1/partners/" + stranger + "/customers/" + customerId, null);
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals("not_found", foreign.error().get("code"));
        assertEquals(404, operator("GET", "/admin/v1/partners/" + owner + "/customers/" + UNKNOWN, null).status());
        assertEquals(404, operator("GET", "/admin/v1/partners/" + owner + "/customers/nope", null).status());
    }

    @Test
    void lists_a_partners_customers_with_an_opaque_cursor() {
        String partnerId = createPartner("Listed Co", "EUR");
        String noise = createPartner("Noise Co", "EUR");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add((String) addCustomer(partnerId, "{\"user_id\":\"user_" + i + "\",\"fullname\":\"N " + i + "\"}")
                    .json().get("id"));
            addCustomer(noise, "{\"user_id\":\"user_" + i + "\",\"fullname\":\"Other\"}");
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor == null ? "" : "&cursor=" + cursor;
            Response page = operator("GET", "/admin/v1/partners/" + partnerId + "/customers?per_page=2" + after, null);
            assertEquals(200, page.status(), page.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
            items.forEach(item -> seen.add((String) item.get("id")));
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) page.json().get("meta");
            cursor = (String) meta.get("next_cursor");
        } while (cursor != null);
        assertEquals(created, seen);
        Response bad = operator("GET", "/admin/v1/partners/" + partnerId + "/customers?per_page=101", null);
        assertEquals(400, bad.status());
        assertEquals("per_page", bad.error().get("field"));
    }

    @Test
    void refuses_non_operators() {
        String partnerId = createPartner("Private Co", "EUR");
        Response anonymous = call("POST", "/admin/v1/partners/" + partnerId + "/customers",
                "{\"user_id\":\"u\",\"fullname\":\"A\"}", "Content-Type", "application/json");
        assertEquals(401, anonymous.status());
        assertEquals(401, call("GET", "/admin/v1/partners/" + partnerId + "/customers", null).status());
    }

    @Test
    void audits_additions_and_refusals() {
        String partnerId = createPartner("Audit Customers Co", "EUR");
        String id = (String) addCustomer(partnerId, "{\"user_id\":\"u\",\"fullname\":\"A\"}").json().get("id");
        addCustomer(partnerId, "{\"user_id\":\"u\",\"fullname\":\"B\"}");

        Response audit = operator("GET", "/admin/v1/audit?partner_id=" + partnerId + "&action=customer.add", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.json().get("items");
        assertEquals(List.of("succeeded", "rejected:user_id_taken"),
                items.stream().map(item -> item.get("outcome")).toList());
        assertEquals(id, items.get(0).get("target"));
    }
}
