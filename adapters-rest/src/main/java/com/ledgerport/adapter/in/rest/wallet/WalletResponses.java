package com.ledgerport.adapter.in.rest.wallet;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 003's success envelope: {@code {"status":"success","code","message","data"}}. */
final class WalletResponses {

    private WalletResponses() {
    }

    static Map<String, Object> success(String code, String message, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("code", code);
        body.put("message", message);
        body.put("data", data);
        return body;
    }
}
