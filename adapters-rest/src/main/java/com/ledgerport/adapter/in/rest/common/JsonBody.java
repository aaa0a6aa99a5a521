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

    /** The prefix of this object's field names in error messages: empty at the top, {@code items[0].} nested. */
    public String path() {
        return path;
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

    /**
     * An optional JSON object field, written back as compact JSON text (keys in the order sent, numbers exact);
     * empty when absent or null. At most {@code lengthMax} characters once written.
     */
    public Optional<String> optionalObjectAsJson(String name, int lengthMax) {
        Object value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw wrongType(name, "an object or null");
        }
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException impossible) {
            throw new IllegalStateException("writing JSON to a string failed", impossible);
        }
        if (out.toString().length() > lengthMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must be at most " + lengthMax + " characters of JSON");
        }
        return Optional.of(out.toString());
    }

    /** Reads JSON text this class wrote (or any JSON value) as plain values for a response; null for JSON null. */
    public static Object tree(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return plain(readValue(parser));
        } catch (IOException malformed) {
            throw new IllegalStateException("stored JSON could not be read", malformed);
        }
    }

    private static Object plain(Object value) {
        if (value == NULL) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, plain(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        return value;
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator generator, Object value) throws IOException {
        if (value == null || value == NULL) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString((String) value);
        }
    }

    /** An array of any JSON values, at most {@code sizeMax} of them; each item is read by the caller. */
    public List<Object> requiredArray(String name, int sizeMax) {
        Object value = value(name);
        if (value == null) {
            throw missing(name);
        }
        if (!(value instanceof List<?> items)) {
            throw wrongType(name, "an array");
        }
        if (items.size() > sizeMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must have at most " + sizeMax + " items");
        }
        return Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** An array of objects, each read as a body whose fields are named {@code name[i].field}. */
    public Optional<List<JsonBody>> optionalObjectList(String name, int sizeMax) {
        if (value(name) == null) {
            return Optional.empty();
        }
        List<Object> items = requiredArray(name, sizeMax);
        List<JsonBody> objects = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String item = qualified(name) + "[" + i + "]";
            objects.add(nested(item, items.get(i)).orElseThrow(
                    () -> ApiException.badField(item, "Field '" + item + "' must be an object")));
        }
        return Optional.of(objects);
    }

    /** An object whose values are all strings (e.g. attributes), at most {@code sizeMax} entries. */
    public Optional<Map<String, String>> optionalTextMap(String name, int sizeMax, int valueLengthMax) {
        if (value(name) == null) {
            return Optional.empty();
        }
        JsonBody object = requiredObject(name);
        if (object.fields.size() > sizeMax) {
            throw ApiException.badField(qualified(name),
                    "Field '" + qualified(name) + "' must have at most " + sizeMax + " entries");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : object.fields.keySet()) {
            texts.put(key, object.requiredText(key, valueLengthMax));
        }
        return Optional.of(Collections.unmodifiableMap(texts));
    }

    /** Reads a value taken from an array as an object body named {@code path}; empty when it is no object. */
    public static Optional<JsonBody> nested(String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return Optional.of(new JsonBody(path + ".", fields));
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
