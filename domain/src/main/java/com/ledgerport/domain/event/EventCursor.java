package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;

/**
 * A place in the stream of committed events, in the order storage makes safe to tail: the committing
 * transaction first, then the event's position within storage. Written {@code <transaction>-<position>};
 * clients treat it as opaque and hand it back to resume.
 */
public record EventCursor(long transaction, long position) implements Comparable<EventCursor> {

    public static final int TEXT_LENGTH_MAX = 41;
    public static final EventCursor START = new EventCursor(0, 0);

    public EventCursor {
        Require.that(transaction >= 0, "cursor transaction must not be negative");
        Require.that(position >= 0, "cursor position must not be negative");
    }

    public static EventCursor parse(String text) {
        Require.text(text, "cursor", TEXT_LENGTH_MAX);
        int dash = text.indexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            throw new InvalidValueException("cursor is not one this server issued");
        }
        try {
            return new EventCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
        } catch (NumberFormatException notNumbers) {
            throw new InvalidValueException("cursor is not one this server issued");
        }
    }

    @Override
    public int compareTo(EventCursor other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(position, other.position);
    }

    public boolean isAfter(EventCursor other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return transaction + "-" + position;
    }
}
