package com.ledgerport.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final CallContext CONTEXT = new CallContext(Actor.operator(), "req-1");
    private static final Optional<PartnerId> PARTNER = Optional.of(PartnerId.generate());

    @Test
    void a_record_takes_actor_and_request_id_from_the_call_context() {
        AuditRecord record = AuditRecord.of(CONTEXT, NOW, PARTNER, "partner.register", "partner:1",
                AuditRecord.SUCCEEDED);

        assertEquals(Actor.operator(), record.actor());
        assertEquals("req-1", record.requestId());
        assertEquals(NOW, record.at());
        assertEquals(PARTNER, record.partnerId());
        assertEquals("partner.register", record.action());
        assertEquals("partner:1", record.target());
        assertEquals("succeeded", record.outcome());
        assertEquals(7, record.id().value().version());
    }

    @Test
    void every_record_gets_its_own_id() {
        AuditRecord first = AuditRecord.of(CONTEXT, NOW, PARTNER, "a", "", AuditRecord.SUCCEEDED);
        AuditRecord second = AuditRecord.of(CONTEXT, NOW, PARTNER, "a", "", AuditRecord.SUCCEEDED);

        assertNotEquals(first.id(), second.id());
    }

    @Test
    void a_rejection_names_its_reason() {
        assertEquals("rejected:wrong_credentials", AuditRecord.rejected("wrong_credentials"));
    }

    @Test
    void the_target_may_be_empty_and_the_partner_absent() {
        AuditRecord record = AuditRecord.of(CONTEXT, NOW, Optional.empty(), "login", "", AuditRecord.SUCCEEDED);

        assertEquals("", record.target());
        assertEquals(Optional.empty(), record.partnerId());
    }

    @Test
    void action_and_outcome_must_be_present_and_within_limits() {
        assertThrows(InvalidValueException.class, () -> record(" ", "t", "succeeded"));
        assertThrows(InvalidValueException.class,
                () -> record("a".repeat(AuditRecord.ACTION_LENGTH_MAX + 1), "t", "succeeded"));
        assertThrows(InvalidValueException.class, () -> record("a", "t", ""));
        assertThrows(InvalidValueException.class,
                () -> record("a", "t", "o".repeat(AuditRecord.OUTCOME_LENGTH_MAX + 1)));
        assertThrows(InvalidValueException.class,
                () -> record("a", "t".repeat(AuditRecord.TARGET_LENGTH_MAX + 1), "succeeded"));
        assertEquals(AuditRecord.ACTION_LENGTH_MAX,
                record("a".repeat(AuditRecord.ACTION_LENGTH_MAX), "t", "succeeded").action().length());
    }

    @Test
    void missing_parts_are_refused() {
        assertThrows(NullPointerException.class, () -> record(null, "t", "succeeded"));
        assertThrows(NullPointerException.class, () -> record("a", null, "succeeded"));
        assertThrows(NullPointerException.class,
                () -> AuditRecord.of(CONTEXT, null, PARTNER, "a", "t", AuditRecord.SUCCEEDED));
        assertThrows(NullPointerException.class,
                () -> AuditRecord.of(CONTEXT, NOW, null, "a", "t", AuditRecord.SUCCEEDED));
    }

    @Test
    void a_call_context_bounds_its_request_id() {
        assertThrows(InvalidValueException.class,
                () -> new CallContext(Actor.system(), "r".repeat(CallContext.REQUEST_ID_LENGTH_MAX + 1)));
        assertThrows(NullPointerException.class, () -> new CallContext(null, "req-1"));
        assertThrows(NullPointerException.class, () -> new CallContext(Actor.system(), null));
    }

    private static AuditRecord record(String action, String target, String outcome) {
        return AuditRecord.of(CONTEXT, NOW, PARTNER, action, target, outcome);
    }
}
