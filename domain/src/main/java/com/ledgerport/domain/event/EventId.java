package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record EventId(UUID value) {

    public EventId {
        Require.present(value, "event id");
    }

    public static EventId generate() {
        return new EventId(UuidV7.next());
    }

    public static EventId parse(String text) {
        return new EventId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
