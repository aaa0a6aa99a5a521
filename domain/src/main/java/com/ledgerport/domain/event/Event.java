package com.ledgerport.domain.event;

import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;

/**
 * A committed state change of one object, addressed to the partner that owns it. {@code sequence} numbers the
 * events of one object from 1 without gaps, so a receiver can put them in order and notice one it missed.
 */
public record Event(
        EventId id,
        PartnerId partnerId,
        Mode mode,
        EventType type,
        String objectId,
        long sequence,
        EventPayload payload,
        Instant occurredAt) {

    public static final int OBJECT_ID_LENGTH_MAX = 64;

    public Event {
        Require.present(id, "id");
        Require.present(partnerId, "partner id");
        Require.present(mode, "mode");
        Require.present(type, "type");
        Require.text(objectId, "object id", OBJECT_ID_LENGTH_MAX);
        Require.that(sequence >= 1, "sequence starts at 1");
        Require.present(payload, "payload");
        Require.present(occurredAt, "occurred at");
    }

    /** Seed 004's topic: {@code company/<partner>/<mode>/<resource>/<action>}. */
    public String topic() {
        return "company/" + partnerId + "/" + mode.wireName() + "/" + type.resource() + "/" + type.action();
    }
}
