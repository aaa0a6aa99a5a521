package com.ledgerport.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.shared.InvalidValueException;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class EventStreamProperties {

    @Property
    void a_cursor_reads_back_as_itself_and_orders_by_position(
            @ForAll @LongRange(min = 0) long position, @ForAll @LongRange(min = 0) long otherPosition) {
        EventCursor cursor = new EventCursor(position);
        EventCursor other = new EventCursor(otherPosition);
        assertEquals(cursor, EventCursor.parse(cursor.toString()));
        assertEquals(Integer.signum(Long.compare(position, otherPosition)), Integer.signum(cursor.compareTo(other)));
    }

    @Property
    void text_that_is_not_a_position_is_refused(@ForAll String text) {
        boolean digits = !text.isEmpty() && text.length() <= EventCursor.TEXT_LENGTH_MAX
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
        Assume.that(!digits);
        assertThrows(InvalidValueException.class, () -> EventCursor.parse(text));
    }

    @Example
    void a_position_beyond_a_long_is_refused() {
        assertEquals(Long.MAX_VALUE, EventCursor.parse(Long.toString(Long.MAX_VALUE)).position());
        assertThrows(InvalidValueException.class, () -> EventCursor.parse("9223372036854775808"));
    }
}
