package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxPersistenceIT implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    Outbox outbox;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private Partner partner() {
        Partner partner = Partner.register("Outbox Co", Currency.of("EUR"),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        unitOfWork.write(() -> {
            partners.add(partner);
            return null;
        });
        return partner;
    }

    private Event append(Partner partner, EventType type, String objectId, EventPayload payload) {
        return unitOfWork.write(() -> outbox.append(new NewEvent(partner.id(), Mode.LIVE, type, objectId, payload,
                Instant.now().truncatedTo(ChronoUnit.MICROS))));
    }

    @Test
    void numbers_the_events_of_each_object_from_one() {
        Partner partner = partner();
        EventPayload empty = EventPayload.of(Map.of());
        assertEquals(1, append(partner, EventType.ORDER_STATUS_CHANGED, "order-1", empty).sequence());
        assertEquals(2, append(partner, EventType.ORDER_STATUS_CHANGED, "order-1", empty).sequence());
        assertEquals(1, append(partner, EventType.ORDER_STATUS_CHANGED, "order-2", empty).sequence());
        assertEquals(1, append(partner, EventType.HOOK_CREATED, "order-1", empty).sequence(),
                "another kind of object has its own numbering");
        assertEquals(2, append(partner, EventType.HOOK_UPDATED, "order-1", empty).sequence());
    }

    @Test
    void stores_the_payload_as_exact_json() throws Exception {
        Partner partner = partner();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", "completed");
        fields.put("amount", "12.30");
        fields.put("rate", new BigDecimal("0.125"));
        fields.put("count", 3L);
        fields.put("ok", true);
        fields.put("items", Arrays.asList("a", null));
        fields.put("nested", Map.of("k", "v"));
        Event event = append(partner, EventType.ORDER_STATUS_CHANGED, "order-json", EventPayload.of(fields));
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE id = ?")) {
            select.setObject(1, event.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                String json = row.getString(1);
                assertEquals("{\"status\":\"completed\",\"amount\":\"12.30\",\"rate\":0.125,\"count\":3,\"ok\":true,"
                        + "\"items\":[\"a\",null],\"nested\":{\"k\":\"v\"}}", json);
                assertEquals(event.payload(), PayloadJson.read(json));
            }
        }
    }

    @Test
    void an_event_of_a_rolled_back_change_never_exists() throws Exception {
        Partner partner = partner();
        assertThrows(IllegalStateException.class, () -> unitOfWork.write(() -> {
            outbox.append(new NewEvent(partner.id(), Mode.LIVE, EventType.ORDER_STATUS_CHANGED, "order-rolled-back",
                    EventPayload.of(Map.of()), Instant.now()));
            throw new IllegalStateException("the change fails");
        }));
        try (Connection connection = database.connect();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_event WHERE object_id = 'order-rolled-back'");
                ResultSet row = count.executeQuery()) {
            row.next();
            assertEquals(0, row.getInt(1));
        }
    }
}
