package com.ledgerport.adapter.in.ws;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the protocol's JSON text frames {@code {type, requestId, payload}}. */
@Singleton
final class Frames {

    static final int TYPE_LENGTH_MAX = 64;
    static final int REQUEST_ID_LENGTH_MAX = 128;

    private final JsonMapper jsonMapper;

    Frames(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** An inbound frame; {@code payload} is an empty object when the client sent none. */
    record Frame(String type, String requestId, Map<String, Object> payload) {
    }

    /** Empty when the text is not a JSON object with a string {@code type}. */
    Optional<Frame> read(String text) {
        Map<String, Object> root;
        try {
            root = jsonMapper.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
        if (root == null || !(root.get("type") instanceof String type) || type.isBlank()
                || type.length() > TYPE_LENGTH_MAX) {
            return Optional.empty();
        }
        Object requestId = root.get("requestId");
        String id = requestId instanceof String text1 && text1.length() <= REQUEST_ID_LENGTH_MAX ? text1 : null;
        Object payload = root.get("payload");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = payload instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return Optional.of(new Frame(type, id, fields));
    }

    String write(String type, String requestId, Map<String, Object> payload) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("requestId", requestId);
        frame.put("payload", payload);
        try {
            return jsonMapper.writeValueAsString(frame);
        } catch (IOException impossible) {
            throw new IllegalStateException("a frame of plain maps could not be written", impossible);
        }
    }

    String error(String type, String requestId, String code, String message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code);
        payload.put("message", message);
        return write(type, requestId, payload);
    }
}
