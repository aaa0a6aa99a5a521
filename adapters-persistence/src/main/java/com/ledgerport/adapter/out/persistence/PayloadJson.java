package com.ledgerport.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.ledgerport.domain.event.EventPayload;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event payloads as JSON text, both ways, exactly: integers come back as {@code Long}, decimals as
 * {@code BigDecimal}, key order is kept. Stored text is what webhooks send, byte for byte.
 */
final class PayloadJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PayloadJson() {
    }

    static String write(EventPayload payload) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            writeValue(generator, payload.fields());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    static EventPayload read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) readValue(parser);
            return new EventPayload(fields);
        } catch (IOException corrupt) {
            throw new IllegalStateException("stored event payload is not JSON", corrupt);
        }
    }

    /** A flat object of strings (catalog attributes), keys in the map's order. */
    static String writeTexts(Map<String, String> texts) {
        return write(EventPayload.of(new LinkedHashMap<>(texts)));
    }

    static Map<String, String> readTexts(String json) {
        Map<String, String> texts = new LinkedHashMap<>();
        read(json).fields().forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalStateException("stored attribute '" + name + "' is not a string");
            }
            texts.put(name, text);
        });
        return texts;
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else {
            generator.writeStartArray();
            for (Object item : (List<?>) value) {
                writeValue(generator, item);
            }
            generator.writeEndArray();
        }
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, readValue(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected token " + token);
        }
    }
}
