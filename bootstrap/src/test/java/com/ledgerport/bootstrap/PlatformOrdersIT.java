package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seed 001 Reseller orders over real HTTP: the same use cases as seed 002, on the partner JWT, in 001's envelope. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformOrdersIT extends OrderSuiteSupport {

    private String resellerToken(Buyer buyer) {
        return resellerToken(operatorKey(buyer.partnerId()));
    }

    private String resellerToken(Key key) {
        Response generated = call("POST", "/Token/Generate", "{}", "ApiKey", key.apiKey(), "Content-Type", JSON);
        assertEquals(200, generated.status(), generated.body());
        return (String) data(generated).get("token");
    }

    private Response create(String jwt, String body) {
        return call("POST", "/Orders/Create", body, "Authorization", "Bearer " + jwt, "Content-Type", JSON);
    }

    @Test
    void an_order_made_with_a_test_mode_key_is_a_test_mode_order() {
        Buyer buyer = buyer("50.00", "0");
        Sku sku = vouchers("5.00", 2);
        String testJwt = resellerToken(operatorKey(buyer.partnerId(), "\"mode\":\"test\""));
        String liveJwt = resellerToken(buyer);

        assertEquals(200, create(testJwt, orderBody("MODE-T", sku.id(), 1)).status());
        assertEquals(200, create(liveJwt, orderBody("MODE-L", sku.id(), 1)).status());

        assertEquals(1, count("SELECT COUNT(*) FROM orders WHERE partner_id = ? AND external_id = 'MODE-T'"
                + " AND mode = 'TEST'", buyer.partnerId()), "the key's mode, carried by its reseller token");
        assertEquals(1, count("SELECT COUNT(*) FROM orders WHERE partner_id = ? AND external_id = 'MODE-L'"
                + " AND mode = 'LIVE'", buyer.partnerId()));
    }

    @Test
    void creates_and_reads_an_order_with_the_reseller_token_and_replays_the_same_request() {
        Buyer buyer = buyer("50.00", "0");
        Sku sku = vouchers("5.00", 3);
        String jwt = resellerToken(buyer);

        Response created = create(jwt, orderBody("R-1", sku.id(), 2));
        assertEquals(200, created.status(), created.body());
        assertEquals(0, created.json().get("code"));
        assertEquals("false", created.header("Idempotent-Replayed").orElseThrow());
        String uuid = (String) data(created).get("uuid");
        Response replayed = create(jwt, orderBody("R-1", sku.id(), 2));
        assertEquals("true", replayed.header("Idempotent-Replayed").orElseThrow());
        assertEquals(uuid, data(replayed).get("uuid"));
        Response conflict = create(jwt, orderBody("R-1", sku.id(), 1));
        assertEquals(409, conflict.status(), conflict.body());
        assertEquals(-30, conflict.json().get("code"));

        Response byUuid = call("POST", "/Orders/Get", "{\"uuid\":\"" + uuid + "\"}", "Authorization", "Bearer " + jwt,
                "Content-Type", JSON);
        assertEquals(200, byUuid.status(), byUuid.body());
        assertEquals("R-1", data(byUuid).get("external_id"));
        Response byExternalId = call("POST", "/Orders/Get", "{\"external_id\":\"R-1\"}", "Authorization",
                "Bearer " + jwt, "Content-Type", JSON);
        assertEquals(uuid, data(byExternalId).get("uuid"));
        assertEquals("40.00", available(buyer));
    }

    @Test
    void refusals_answer_in_the_platform_envelope_and_another_partners_order_is_not_found() {
        Buyer buyer = buyer("1.00", "0");
        Buyer stranger = buyer("100.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "2.00", "EUR", Stock.unlimitedStock());
        String jwt = resellerToken(buyer);
        Response poor = create(jwt, orderBody("P-1", sku.id(), 1));
        assertEquals(422, poor.status(), poor.body());
        assertEquals(-35, poor.json().get("code"));
        Response malformed = create(jwt, "{\"external_id\":\"P-2\",\"item\":{\"sku_id\":\"" + sku.id()
                + "\",\"quantity\":0}}");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals(-2, malformed.json().get("code"));
        assertEquals(0, ordersOf(buyer));

        Response theirs = create(resellerToken(stranger), orderBody("S-1", sku.id(), 1));
        String uuid = (String) data(theirs).get("uuid");
        Response foreign = call("POST", "/Orders/Get", "{\"uuid\":\"" + uuid + "\"}", "Authorization",
                "Bearer " + jwt, "Content-Type", JSON);
        assertEquals(404, foreign.status(), foreign.body());
    }

    @Test
    void a_valid_jwt_without_the_orders_scope_is_403_and_no_bearer_prefix_is_401() {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "2.00", "EUR", Stock.unlimitedStock());
        Key key = operatorKey(buyer.partnerId());
        String narrowed = bean(BearerTokens.class).mint(new BearerClaims(TokenKind.RESELLER, buyer.partnerId(),
                PartnerId.parse(buyer.partnerId()), key.username(), clock.instant(),
                clock.instant().plus(Duration.ofMinutes(10)), Scopes.of(Permission.BALANCE_READ_ONE),
                Optional.of(Mode.LIVE)));
        Response forbidden = create(narrowed, orderBody("F-1", sku.id(), 1));
        assertEquals(403, forbidden.status(), forbidden.body());
        Response noPrefix = call("POST", "/Orders/Create", orderBody("F-2", sku.id(), 1), "Authorization",
                resellerToken(buyer), "Content-Type", JSON);
        assertEquals(401, noPrefix.status(), noPrefix.body());
        assertEquals(0, ordersOf(buyer));
    }
}
