package com.ledgerport.domain.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Currency EUR = Currency.of("EUR");

    @Test
    void a_registered_partner_is_active_with_a_trimmed_name() {
        Partner partner = Partner.register("  Acme Payments \n", EUR, NOW);

        assertEquals("Acme Payments", partner.name());
        assertEquals(EUR, partner.currency());
        assertEquals(PartnerStatus.ACTIVE, partner.status());
        assertEquals(NOW, partner.createdAt());
        assertTrue(partner.isActive());
        assertEquals(7, partner.id().value().version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void a_blank_name_is_rejected(String name) {
        assertThrows(InvalidValueException.class, () -> Partner.register(name, EUR, NOW));
    }

    @Test
    void a_missing_name_or_currency_is_rejected() {
        assertThrows(NullPointerException.class, () -> Partner.register(null, EUR, NOW));
        assertThrows(NullPointerException.class, () -> Partner.register("Acme", null, NOW));
        assertThrows(NullPointerException.class, () -> Partner.register("Acme", EUR, null));
    }

    @Test
    void the_name_may_be_200_characters_but_not_201() {
        assertEquals(200, Partner.register("n".repeat(Partner.NAME_LENGTH_MAX), EUR, NOW).name().length());
        assertThrows(InvalidValueException.class,
                () -> Partner.register("n".repeat(Partner.NAME_LENGTH_MAX + 1), EUR, NOW));
    }

    @Test
    void the_constructor_refuses_a_name_with_surrounding_spaces() {
        assertThrows(InvalidValueException.class,
                () -> new Partner(PartnerId.generate(), " Acme", EUR, PartnerStatus.ACTIVE, NOW));
        assertThrows(InvalidValueException.class,
                () -> new Partner(PartnerId.generate(), "Acme ", EUR, PartnerStatus.ACTIVE, NOW));
    }

    @Test
    void a_status_change_keeps_everything_else() {
        Partner partner = Partner.register("Acme", EUR, NOW);

        Partner suspended = partner.withStatus(PartnerStatus.SUSPENDED);

        assertFalse(suspended.isActive());
        assertEquals(PartnerStatus.SUSPENDED, suspended.status());
        assertEquals(partner.id(), suspended.id());
        assertEquals(partner.name(), suspended.name());
        assertEquals(partner.currency(), suspended.currency());
        assertEquals(partner.createdAt(), suspended.createdAt());
        assertTrue(suspended.withStatus(PartnerStatus.ACTIVE).isActive());
        assertThrows(NullPointerException.class, () -> partner.withStatus(null));
    }

    @Test
    void statuses_have_lower_case_wire_names() {
        assertEquals("active", PartnerStatus.ACTIVE.wireName());
        assertEquals("suspended", PartnerStatus.SUSPENDED.wireName());
    }

    @Test
    void a_partner_id_reads_back_from_its_text() {
        PartnerId id = PartnerId.generate();

        assertEquals(id, PartnerId.parse(id.toString()));
        assertThrows(InvalidValueException.class, () -> PartnerId.parse("acme"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Acme\u0000", "Ac\nme", "\u001b[31mAcme"})
    void refuses_names_with_control_characters(String name) {
        org.junit.jupiter.api.Assertions.assertThrows(com.ledgerport.domain.shared.InvalidValueException.class,
                () -> Partner.register(name, com.ledgerport.domain.shared.Currency.of("EUR"),
                        java.time.Instant.parse("2026-01-01T00:00:00Z")));
    }
}
