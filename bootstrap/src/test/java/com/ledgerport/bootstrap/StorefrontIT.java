package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seed 001 Storefront: a partner signs a customer in with its API key; the customer's token opens the store. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontIT extends CredentialSuiteSupport {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void addCustomer(String partnerId, String userId) {
        Response added = operator("POST", "/admin/v1/partners/" + partnerId + "/customers",
                "{\"user_id\":\"" + userId + "\",\"fullname\":\"Ada Lovelace\"}");
        assertEquals(201, added.status(), added.body());
    }

    private Response login(String apiKey, String body) {
        return call("POST", "/Storefront/Login", body, "ApiKey", apiKey, "Content-Type", "application/json");
    }

    private Response products(String authorization) {
        return call("POST", "/Storefront/Products/List", "{}", "Authorization", authorization, "Content-Type",
                "application/json");
    }

    @SuppressWarnings("unchecked")
    private String token(Response login) {
        assertEquals(200, login.status(), login.body());
        return (String) ((Map<String, Object>) login.json().get("data")).get("token");
    }

    @Test
    void a_partner_signs_a_customer_in_and_the_customer_token_opens_the_storefront() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        addCustomer(tenant.partnerId(), "user_1");
        Response login = login(key.apiKey(), "{\"user_id\":\"user_1\"}");
        assertEquals(0, login.json().get("code"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) login.json().get("data");
        assertEquals("Bearer", data.get("token_type"));
        assertEquals(Map.of("user_id", "user_1", "fullname", "Ada Lovelace"), data.get("customer"));
        String payload = TestJwts.decode(TestJwts.parts(token(login))[1]);
        assertTrue(payload.contains("\"tenant\":\"" + tenant.partnerId() + "\""), payload);
        assertTrue(payload.contains("\"kind\":\"storefront\""), payload);
        assertTrue(payload.contains("products.read_many") && !payload.contains("orders."), payload);

        Response listed = products("Bearer " + token(login));
        assertEquals(200, listed.status(), listed.body());
        assertEquals(0, listed.json().get("code"));
    }

    @Test
    void refuses_unknown_customers_missing_fields_and_bad_keys() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        assertPlatformError(login(key.apiKey(), "{\"user_id\":\"nobody\"}"), 404);
        assertPlatformError(login(key.apiKey(), "{}"), 400);
        assertPlatformError(login("ak_live_not-a-key", "{\"user_id\":\"user_1\"}"), 401, -23);
        Tenant other = newTenant();
        addCustomer(other.partnerId(), "theirs");
        assertPlatformError(login(key.apiKey(), "{\"user_id\":\"theirs\"}"), 404);
    }

    @Test
    void the_partner_needs_the_storefront_surface_for_login_and_for_the_token() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        addCustomer(tenant.partnerId(), "user_1");
        String jwt = token(login(key.apiKey(), "{\"user_id\":\"user_1\"}"));
        assertEquals(200, setSurfaces(tenant.partnerId(), "reseller").status());
        assertPlatformError(login(key.apiKey(), "{\"user_id\":\"user_1\"}"), 403);
        assertPlatformError(products("Bearer " + jwt), 403);
    }

    @Test
    void a_customer_token_needs_the_bearer_prefix_and_expires_after_an_hour() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        addCustomer(tenant.partnerId(), "user_1");
        String jwt = token(login(key.apiKey(), "{\"user_id\":\"user_1\"}"));
        assertPlatformError(products(jwt), 401, -20);
        assertPlatformError(products("Bearer garbage"), 401, -20);
        clock.advance(Duration.ofMinutes(61));
        assertPlatformError(products("Bearer " + jwt), 401, -20);
    }

    @Test
    void a_suspended_partner_cannot_sign_customers_in_and_their_tokens_stop() {
        Tenant tenant = newTenant();
        Key key = operatorKey(tenant.partnerId());
        addCustomer(tenant.partnerId(), "user_1");
        String jwt = token(login(key.apiKey(), "{\"user_id\":\"user_1\"}"));
        operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/suspend", null);
        assertPlatformError(products("Bearer " + jwt), 401, -20);
        assertPlatformError(login(key.apiKey(), "{\"user_id\":\"user_1\"}"), 401, -23);
    }
}
