package com.ledgerport.adapter.in.rest.partner;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 002's envelope: {@code {"success": true, "data": …, "meta": …}}. */
public final class PartnerViews {

    private PartnerViews() {
    }

    public static Map<String, Object> ok(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("data", data);
        return body;
    }

    public static Map<String, Object> ok(Object data, Map<String, Object> meta) {
        Map<String, Object> body = ok(data);
        body.put("meta", meta);
        return body;
    }
}
