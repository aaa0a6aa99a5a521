package com.ledgerport.adapter.in.rest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ledgerport.domain.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {

    @Test
    void defaults_and_bounds_the_page_size() {
        PageRequest page = Cursors.page(null, null, 50, 100);
        assertEquals(50, page.limit());
        assertEquals(Optional.empty(), page.after());
        assertEquals(100, Cursors.page("", "100", 50, 100).limit());
        assertEquals(1, Cursors.page(null, "1", 50, 100).limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "x", "1.5", "99999999999"})
    void refuses_page_sizes_out_of_bounds(String perPage) {
        ApiException failure = assertThrows(ApiException.class, () -> Cursors.page(null, perPage, 50, 100));
        assertEquals(Optional.of("per_page"), failure.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "djE6", "djI6MDFhMjExZjYtMGM4MS03NzQ5LWI0NTgtYzVkZjVlYTE2MDUw", "!!!", "dj E6"})
    void refuses_cursors_it_did_not_issue(String cursor) {
        ApiException failure = assertThrows(ApiException.class, () -> Cursors.page(cursor, null, 50, 100));
        assertEquals(Optional.of("cursor"), failure.field());
    }
}
