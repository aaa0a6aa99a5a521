package com.ledgerport.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final PartnerId PARTNER = PartnerId.generate();

    @Test
    void registers_an_active_customer_with_a_trimmed_name() {
        Customer customer = Customer.register(PARTNER, "user_1", "  Mohamed Ahmed ", NOW);

        assertEquals("user_1", customer.userId());
        assertEquals("Mohamed Ahmed", customer.fullname());
        assertEquals(CustomerStatus.ACTIVE, customer.status());
        assertEquals("active", customer.status().wireName());
        assertEquals(PARTNER, customer.partnerId());
    }

    @Test
    void refuses_blank_overlong_padded_or_control_character_user_ids() {
        for (String userId : new String[] {"", "  ", " user_1", "user_1 ", "u".repeat(Customer.USER_ID_LENGTH_MAX + 1),
            "user\n1", "user\u00001"}) {
            assertThrows(InvalidValueException.class, () -> Customer.register(PARTNER, userId, "Name", NOW), userId);
        }
    }

    @Test
    void refuses_blank_or_overlong_names() {
        for (String name : new String[] {"", "   ", "n".repeat(Customer.FULLNAME_LENGTH_MAX + 1), "a\tb"}) {
            assertThrows(InvalidValueException.class, () -> Customer.register(PARTNER, "user_1", name, NOW), name);
        }
        assertThrows(NullPointerException.class, () -> Customer.register(PARTNER, "user_1", null, NOW));
    }
}
