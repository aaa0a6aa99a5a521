package com.ledgerport.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicFilterTest {

    private static final String TOPIC = "company/p1/live/orders/update_one";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"company/p1/live/orders/update_one", "company/p1/+/orders/update_one",
        "company/p1/live/+/+", "company/p1/#", "company/#", "#", "+/+/+/+/+", "company/p1/live/orders/#"})
    void matches_the_topic(String filter) {
        assertTrue(TopicFilter.parse(filter).matches(TOPIC));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"company/p2/live/orders/update_one", "company/p1/test/orders/update_one",
        "company/p1/live/orders/create_one", "company/p2/#", "user/#", "company/p1/live/+/create_one"})
    void does_not_match_the_topic(String filter) {
        assertFalse(TopicFilter.parse(filter).matches(TOPIC));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {" ", "company/p1/live/orders", "company/p1/live/orders/update_one/more",
        "company/p1/#/orders/update_one", "company/p1/live/ord#", "company/p1/live/ord+/x", "company//live/o/a",
        "company/p1/live/orders/"})
    void refuses_a_malformed_filter(String filter) {
        assertThrows(InvalidValueException.class, () -> TopicFilter.parse(filter));
    }

    @ParameterizedTest(name = "{0} level {1}")
    @CsvSource({"company/p1/live/orders/update_one,1,p1", "company/p1/+/orders/update_one,3,orders",
        "company/+/live/orders/update_one,1,", "company/p1/#,3,", "company/p1/+/orders/update_one,2,"})
    void tells_its_literal_levels(String filter, int level, String literal) {
        String expected = literal == null || literal.isEmpty() ? null : literal;
        if (expected == null) {
            assertNull(TopicFilter.parse(filter).literal(level));
        } else {
            assertEquals(expected, TopicFilter.parse(filter).literal(level));
        }
    }
}
