package com.ledgerport.adapter.in.rest.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body read exactly as sent: numbers stay {@link BigDecimal} (never {@code double}), duplicate keys
 * and trailing garbage are refused, and every typed getter names the field it rejects. Controllers read
 * their commands from here, so every surface reports bad input the same way.
 */
public final class JsonBody {

    public static final int DEPTH_MAX = 16;
    public static final int STRING_LENGTH_MAX = 65_536;
    private static final Object NULL = new Object();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(DEPTH_MAX)
                    .maxStringLength(STRING_LENGTH_MAX).build())
            .build();

    private final String path;
    private final Map<String, Object> fields;

    private JsonBody(String path, Map<String, Object> fields) {
        this.path = path;
        this.fields = fields;
    }

    /** Parses a body that must be one JSON object. */
    public static JsonBody parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badField("body", "Request body must be a JSON object");
        }
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.badField("body", "Request body must be a JSON object");
            }
            Map<String, Object> fields = readObject(parser);
            if (parser.nextToken() != null) {
                throw ApiException.badField("body", "Request body has content after the JSON object");
            }
            return new JsonBody("", fields);
        } catch (JsonProcessingException malformed) {
            throw ApiException.badField("body", "Request body is not valid JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw ApiException.badField("body", "Request body could not be read");
        }
    }

    /** The field names of this object, in the order sent. */
    public java.util.Set<String> fieldNames() {
        return java.util.Collections.unmodifiableSet(fields.keySet());
    }

    public boolean has(String name) {
        Object value = fields.get(name);
        return value != null && value != NULL;
    }

    /**
     * The field's value when it is a string, unchecked (for echoing it back, never for using it); empty for
     * anything else.
     */
    public Optional<String> rawText(String name) {
        return value(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    public String requiredText(String name, int lengthMax) {
        return optionalText(name, lengthMax).orElseThrow(() -> missing(name));
    }

    public Optional<String> optionalText(String name, int lengthMax) {
        Object value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw wrongType(name, "a string");
        }
        if (text.isBlank()) {
            throw ApiException.badField(qualified(name), "Field '" + qualified(name) + "' must not be blank");
        }
        if (text.length() > lengthMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must be at most " + lengthMax + " characters");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must not contain control characters");
        }
        return Optional.of(text);
    }

    /**
     * As {@link #requiredText}, but line breaks and tabs are allowed (e.g. a PEM key); other control characters
     * are still refused.
     */
    public String requiredMultilineText(String name, int lengthMax) {
        Object value = value(name);
        if (value == null) {
            throw missing(name);
        }
        if (!(value instanceof String text)) {
            throw wrongType(name, "a string");
        }
        if (text.isBlank()) {
            throw ApiException.badField(qualified(name), "Field '" + qualified(name) + "' must not be blank");
        }
        if (text.length() > lengthMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must be at most " + lengthMax + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must not contain control characters other than line breaks");
        }
        return text;
    }

    public long requiredLong(String name) {
        return optionalLong(name).orElseThrow(() -> missing(name));
    }

    public Optional<Long> optionalLong(String name) {
        Object value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0) {
            throw wrongType(name, "an integer");
        }
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw ApiException.badField(qualified(name), "Field '" + qualified(name) + "' is out of range");
        }
    }

    /** A decimal given as a JSON number or as a string of digits (money travels either way). */
    public BigDecimal requiredDecimal(String name) {
        Object value = value(name);
        if (value == null) {
            throw missing(name);
        }
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof String text && text.length() <= 40 && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(text);
        }
        throw wrongType(name, "a decimal number");
    }

    public JsonBody requiredObject(String name) {
        Object value = value(name);
        if (value == null) {
            throw missing(name);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(name, "an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) map;
        return new JsonBody(qualified(name) + ".", nested);
    }

    public Optional<Boolean> optionalBoolean(String name) {
        Object value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean bool)) {
            throw wrongType(name, "true or false");
        }
        return Optional.of(bool);
    }

    public Optional<List<String>> optionalTextList(String name, int sizeMax, int itemLengthMax) {
        Object value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> items)) {
            throw wrongType(name, "an array of strings");
        }
        if (items.size() > sizeMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must have at most " + sizeMax + " items");
        }
        List<String> texts = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank() || text.length() > itemLengthMax
                    || text.codePoints().anyMatch(Character::isISOControl)) {
                throw wrongType(name, "an array of non-blank strings of at most " + itemLengthMax + " characters");
            }
            texts.add(text);
        }
        return Optional.of(Collections.unmodifiableList(texts));
    }

    private Object value(String name) {
        Object value = fields.get(name);
        return value == NULL ? null : value;
    }

    private String qualified(String name) {
        return path + name;
    }

    private ApiException missing(String name) {
        return ApiException.badField(qualified(name), "Field '" + qualified(name) + "' is required");
    }

    private ApiException wrongType(String name, String expected) {
        return ApiException.badField(qualified(name), "Field '" + qualified(name) + "' must be " + expected);
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, readValue(parser));
        }
        return fields;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new IOException("unexpected token " + token);
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
        }
        return items;
    }
}
