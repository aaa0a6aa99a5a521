package com.ledgerport.bootstrap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Settlement with a supplier that half-fails ({@link HalfFulfilment}): a partial delivery charges the delivered
 * part and releases the rest, a delivery of nothing releases everything, and each writes its
 * {@code order.status_changed} event with the order's data into the outbox.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderSettlementIT extends OrderSuiteSupport {

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("ledgerport.test.fulfilment", "half");
        return properties;
    }

    private Map<String, Object> finished(Buyer buyer, String uuid) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !List.of("created", "processing")
                .contains(data(getOrder(buyer, uuid)).get("status")));
        return data(getOrder(buyer, uuid));
    }

    private List<String> events(String orderId) {
        Map<String, String> properties = database.properties();
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE object_id = ? AND type = 'order.status_changed'"
                                + " ORDER BY sequence")) {
            statement.setString(1, orderId);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Test
    void a_partial_delivery_charges_the_delivered_part_and_releases_the_rest() throws Exception {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "2.50", "EUR", Stock.unlimitedStock());
        Response created = signedOrder(buyer, orderBody("HALF-4", sku.id(), 4));
        assertEquals(201, created.status(), created.body());
        String uuid = (String) data(created).get("uuid");
        assertEquals("90.00", available(buyer));

        Map<String, Object> order = finished(buyer, uuid);

        assertEquals("partially_completed", order.get("status"));
        assertEquals("5.00", order.get("charged_amount"));
        assertEquals("95.00", available(buyer), "2 of 4 charged, the other 5.00 released");
        List<String> events = events(uuid);
        assertEquals(1, events.size());
        Map<String, Object> payload = jsonMapper.readValue(events.get(0), Map.class);
        assertEquals("partially_completed", payload.get("status"));
        assertEquals("processing", payload.get("previous_status"));
        assertEquals("HALF-4", payload.get("external_id"));
        assertEquals("10.00", payload.get("total_amount"));
        assertEquals("5.00", payload.get("charged_amount"));
        assertEquals(UUID.fromString(uuid).toString(), payload.get("uuid"));
    }

    @Test
    void a_delivery_of_nothing_fails_the_order_and_releases_everything() throws Exception {
        Buyer buyer = buyer("100.00", "0");
        Sku sku = sku(ProductType.RECHARGE, "2.50", "EUR", Stock.unlimitedStock());
        String uuid = (String) data(signedOrder(buyer, orderBody("HALF-1", sku.id(), 1))).get("uuid");

        Map<String, Object> order = finished(buyer, uuid);

        assertEquals("failed", order.get("status"));
        assertEquals("0.00", order.get("charged_amount"));
        assertEquals("100.00", available(buyer));
        Map<String, Object> payload = jsonMapper.readValue(events(uuid).get(0), Map.class);
        assertEquals("failed", payload.get("status"));
    }
}
