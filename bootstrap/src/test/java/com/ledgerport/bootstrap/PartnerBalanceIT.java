package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 002 balance and history, with an access token's scopes, over real HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerBalanceIT extends CredentialSuiteSupport {

    private static final String READ_BOTH = "{\"balance\":{\"actions\":[\"read_one\",\"read_many\"]}}";

    private void fund(Tenant tenant, String amount, String reference) {
        Response funded = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/funding",
                "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"reference\":\"" + reference + "\"}");
        assertEquals(201, funded.status(), funded.body());
    }

    private Response get(String path, Token token) {
        return call("GET", path, null, "Authorization", "Bearer " + token.jwt());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Response response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(true, response.json().get("success"));
        return (Map<String, Object>) response.json().get("data");
    }

    @Test
    void answers_the_partners_balance_overdraft_and_available() {
        Tenant tenant = newTenant();
        fund(tenant, "100.50", "top-up-1");
        Response overdraft = operator("PUT", "/admin/v1/partners/" + tenant.partnerId() + "/overdraft",
                "{\"currency\":\"EUR\",\"limit\":\"25.00\"}");
        assertEquals(200, overdraft.status(), overdraft.body());

        Map<String, Object> balance = data(get("/v1/partner/balance", token(tenant, READ_BOTH)));
        assertEquals(Map.of("balance", "100.50", "overdraft_limit", "25.00", "available", "100.50",
                "currency", "EUR"), balance);
    }

    @Test
    void pages_the_history_with_the_balance_after_each_line() {
        Tenant tenant = newTenant();
        for (int i = 1; i <= 5; i++) {
            fund(tenant, i + ".00", "ref-" + i);
        }
        Token token = token(tenant, READ_BOTH);
        List<Map<String, Object>> lines = new ArrayList<>();
        String cursor = null;
        do {
            Response page = get("/v1/partner/balance/transactions?per_page=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.status(), page.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("data");
            lines.addAll(items);
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) page.json().get("meta");
            assertEquals(2, meta.get("per_page"));
            cursor = (String) meta.get("next_cursor");
        } while (cursor != null);
        assertEquals(5, lines.size());
        assertEquals(List.of("1.00", "3.00", "6.00", "10.00", "15.00"),
                lines.stream().map(line -> line.get("balance_after")).toList());
        assertEquals("ref-3", lines.get(2).get("reference"));
        assertEquals("funding", lines.get(0).get("type"));
    }

    @Test
    void needs_the_balance_scopes() {
        Tenant tenant = newTenant();
        Token none = token(tenant, "{\"orders\":{\"actions\":[\"read_one\"]}}");
        assertPartnerError(get("/v1/partner/balance", none), 403, Map.of());
        Token readOne = token(tenant, "{\"balance\":{\"actions\":[\"read_one\"]}}");
        assertEquals(200, get("/v1/partner/balance", readOne).status());
        assertPartnerError(get("/v1/partner/balance/transactions", readOne), 403, Map.of());
        assertPartnerError(call("GET", "/v1/partner/balance", null), 401, Map.of());
        assertPartnerError(call("GET", "/v1/partner/balance", null, "Authorization", "Bearer " + tenant.session()),
                401, Map.of());
    }

    @Test
    void a_partner_sees_only_its_own_money() {
        Tenant rich = newTenant();
        Tenant poor = newTenant();
        fund(rich, "999.00", "rich-1");
        Map<String, Object> balance = data(get("/v1/partner/balance", token(poor, READ_BOTH)));
        assertEquals("0.00", balance.get("balance"));
        Response history = get("/v1/partner/balance/transactions", token(poor, READ_BOTH));
        assertEquals(List.of(), history.json().get("data"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) history.json().get("meta");
        assertNull(meta.get("next_cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"per_page=0", "per_page=101", "per_page=x", "cursor=nope"})
    void rejects_bad_paging_in_the_partner_envelope(String query) {
        Tenant tenant = newTenant();
        Response refused = get("/v1/partner/balance/transactions?" + query, token(tenant, READ_BOTH));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(false, refused.json().get("success"));
    }
}
