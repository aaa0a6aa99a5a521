package com.ledgerport.adapter.in.ws;

import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the protocol's JSON text frames {@code {type, requestId, payload}}. */
@Singleton
final class Frames {

    static final int TYPE_LENGTH_MAX = 64;
    static final int REQUEST_ID_LENGTH_MAX = 128;

    private final JsonMapper jsonMapper;
    private volatile LastEvent lastEvent;

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

    /**
     * {@code {type: "event", payload: {topic, event, sequence, data, id, cursor, occurred_at}}}, as UTF-8: one
     * array, written once per event and shared by every socket it goes to.
     */
    byte[] event(CommittedEvent committed) {
        LastEvent last = lastEvent;
        if (last != null && last.id().equals(committed.event().id())) {
            return last.frame(); // the same event goes to every subscriber of its partner: written once
        }
        Event event = committed.event();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("topic", event.topic());
        payload.put("event", event.type().wireName());
        payload.put("sequence", event.sequence());
        payload.put("data", event.payload().fields());
        payload.put("id", event.id().toString());
        payload.put("object_id", event.objectId());
        payload.put("cursor", committed.cursor().toString());
        payload.put("occurred_at", event.occurredAt().toString());
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "event");
        frame.put("payload", payload);
        String text;
        try {
            text = jsonMapper.writeValueAsString(frame);
        } catch (IOException impossible) {
            throw new IllegalStateException("an event of plain values could not be written", impossible);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        lastEvent = new LastEvent(event.id(), bytes);
        return bytes;
    }

    private record LastEvent(EventId id, byte[] frame) {
    }

    String error(String type, String requestId, String code, String message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code);
        payload.put("message", message);
        return write(type, requestId, payload);
    }
}
