package com.ledgerport.adapter.in.rest.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 001 answers: {@code {"code": 0, "message": "OK", "data": …}}, the success twin of its error envelope. */
final class PlatformViews {

    private PlatformViews() {
    }

    static Map<String, Object> ok(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 0);
        body.put("message", "OK");
        body.put("data", data);
        return body;
    }
}
