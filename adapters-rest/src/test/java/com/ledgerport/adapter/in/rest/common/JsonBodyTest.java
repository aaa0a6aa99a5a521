package com.ledgerport.adapter.in.rest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static JsonBody parse(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiException rejection(Runnable read) {
        return assertThrows(ApiException.class, read::run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "42", "\"x\"", "null", "{", "{\"a\":1} {}", "{\"a\":1,\"a\":2}", "{a:1}",
        "{\"a\":01}"})
    void refuses_anything_but_one_well_formed_object(String json) {
        ApiException failure = rejection(() -> parse(json));
        assertEquals(ErrorCode.BAD_REQUEST, failure.code());
        assertEquals(Optional.of("body"), failure.field());
    }

    @Test
    void refuses_a_missing_body() {
        assertEquals(Optional.of("body"), rejection(() -> JsonBody.parse(null)).field());
    }

    @Test
    void refuses_nesting_deeper_than_the_limit() {
        String deep = "{\"a\":".repeat(JsonBody.DEPTH_MAX + 1) + "1" + "}".repeat(JsonBody.DEPTH_MAX + 1);
        assertEquals(Optional.of("body"), rejection(() -> parse(deep)).field());
    }

    @Test
    void reads_text_and_names_the_field_it_rejects() {
        JsonBody body = parse("{\"name\":\"Acme\",\"blank\":\"  \",\"number\":5,\"nothing\":null}");
        assertEquals("Acme", body.requiredText("name", 10));
        assertEquals(Optional.empty(), body.optionalText("nothing", 10));
        assertEquals(Optional.empty(), body.optionalText("absent", 10));
        assertEquals(Optional.of("name"), rejection(() -> body.requiredText("name", 3)).field());
        assertEquals(Optional.of("blank"), rejection(() -> body.requiredText("blank", 10)).field());
        assertEquals(Optional.of("number"), rejection(() -> body.requiredText("number", 10)).field());
        ApiException missing = rejection(() -> body.requiredText("absent", 10));
        assertEquals("Field 'absent' is required", missing.getMessage());
        assertEquals(Optional.of("nothing"), rejection(() -> body.requiredText("nothing", 10)).field());
    }

    @Test
    void keeps_numbers_exact_and_integers_in_range() {
        JsonBody body = parse("{\"price\":0.1,\"big\":12345678901234567890.000000000001,\"n\":7,\"whole\":7.0,"
                + "\"huge\":9223372036854775808,\"text\":\"12.50\",\"frac\":1.5,\"word\":\"ten\"}");
        assertEquals(new BigDecimal("0.1"), body.requiredDecimal("price"));
        assertEquals(new BigDecimal("12345678901234567890.000000000001"), body.requiredDecimal("big"));
        assertEquals(new BigDecimal("12.50"), body.requiredDecimal("text"));
        assertEquals(7L, body.requiredLong("n"));
        assertEquals(7L, body.requiredLong("whole"));
        assertEquals(Optional.of("huge"), rejection(() -> body.requiredLong("huge")).field());
        assertEquals(Optional.of("frac"), rejection(() -> body.requiredLong("frac")).field());
        assertEquals(Optional.of("text"), rejection(() -> body.requiredLong("text")).field());
        assertEquals(Optional.of("word"), rejection(() -> body.requiredDecimal("word")).field());
    }

    @Test
    void names_nested_fields_with_their_path() {
        JsonBody body = parse("{\"item\":{\"sku_id\":\"abc\",\"quantity\":\"two\"},\"flat\":1}");
        JsonBody item = body.requiredObject("item");
        assertEquals("abc", item.requiredText("sku_id", 36));
        ApiException failure = rejection(() -> item.requiredLong("quantity"));
        assertEquals(Optional.of("item.quantity"), failure.field());
        assertTrue(failure.getMessage().contains("'item.quantity'"));
        assertEquals(Optional.of("flat"), rejection(() -> body.requiredObject("flat")).field());
    }

    @Test
    void reads_bounded_lists_of_strings() {
        JsonBody body = parse("{\"events\":[\"a\",\"b\"],\"mixed\":[\"a\",1],\"many\":[\"a\",\"b\",\"c\"]}");
        assertEquals(Optional.of(List.of("a", "b")), body.optionalTextList("events", 5, 10));
        assertEquals(Optional.of("mixed"), rejection(() -> body.optionalTextList("mixed", 5, 10)).field());
        assertEquals(Optional.of("many"), rejection(() -> body.optionalTextList("many", 2, 10)).field());
        assertTrue(body.has("events"));
        assertEquals(Optional.empty(), body.optionalTextList("absent", 5, 10));
    }

    @Test
    void refuses_control_characters_in_text() {
        JsonBody body = parse("{\"nul\":\"a\\u0000b\",\"esc\":\"\\u001b[2J\",\"ok\":\"caf\u00e9\"}");
        assertEquals(Optional.of("nul"), rejection(() -> body.requiredText("nul", 10)).field());
        assertEquals(Optional.of("esc"), rejection(() -> body.requiredText("esc", 10)).field());
        assertEquals("caf\u00e9", body.requiredText("ok", 10));
    }

    @Test
    void allows_line_breaks_only_where_asked_and_still_refuses_other_control_characters() {
        JsonBody body = parse("{\"pem\":\"-----BEGIN-----\\r\\nAAAA\\tBB\\n-----END-----\\n\",\"nul\":\"a\\nb\\u0000\","
                + "\"blank\":\" \\n \",\"number\":4}");
        assertEquals("-----BEGIN-----\r\nAAAA\tBB\n-----END-----\n", body.requiredMultilineText("pem", 100));
        assertEquals(Optional.of("pem"), rejection(() -> body.requiredText("pem", 100)).field());
        assertEquals(Optional.of("nul"), rejection(() -> body.requiredMultilineText("nul", 100)).field());
        assertEquals(Optional.of("blank"), rejection(() -> body.requiredMultilineText("blank", 100)).field());
        assertEquals(Optional.of("number"), rejection(() -> body.requiredMultilineText("number", 100)).field());
        assertEquals(Optional.of("absent"), rejection(() -> body.requiredMultilineText("absent", 100)).field());
        assertEquals(Optional.of("pem"), rejection(() -> body.requiredMultilineText("pem", 10)).field());
    }

    @Test
    void hands_out_raw_text_for_echoing_only_when_it_is_a_string() {
        JsonBody body = parse("{\"uuid\":\" not checked \",\"signed_uuid\":7}");
        assertEquals(Optional.of(" not checked "), body.rawText("uuid"));
        assertEquals(Optional.empty(), body.rawText("signed_uuid"));
        assertEquals(Optional.empty(), body.rawText("absent"));
    }
}
