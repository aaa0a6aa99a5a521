package com.ledgerport.adapter.in.rest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CursorsProperties {

    @Property
    void a_cursor_decodes_to_the_id_it_was_made_from(@ForAll long high, @ForAll long low) {
        UUID id = new UUID(high, low);
        assertEquals(Optional.of(id), Cursors.decode(Cursors.encode(id)));
    }
}
