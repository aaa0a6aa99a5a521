package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;

/**
 * A place in the stream of committed events: the position storage gave the event after its transaction
 * committed, so positions follow commit order and a reader that moves forward never misses one. Written as
 * a decimal number; clients treat it as opaque and hand it back to resume.
 */
public record EventCursor(long position) implements Comparable<EventCursor> {

    public static final int TEXT_LENGTH_MAX = 19;
    public static final EventCursor START = new EventCursor(0);

    public EventCursor {
        Require.that(position >= 0, "cursor position must not be negative");
    }

    public static EventCursor parse(String text) {
        Require.text(text, "cursor", TEXT_LENGTH_MAX);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("cursor is not one this server issued");
            }
        }
        try {
            return new EventCursor(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            throw new InvalidValueException("cursor is not one this server issued");
        }
    }

    @Override
    public int compareTo(EventCursor other) {
        return Long.compare(position, other.position);
    }

    public boolean isAfter(EventCursor other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return Long.toString(position);
    }
}
