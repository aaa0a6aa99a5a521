package com.ledgerport.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Takes JWTs apart and forges look-alikes, by hand, so the tests depend on no JWT library's leniency. */
final class TestJwts {

    static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private TestJwts() {
    }

    /** The three dot-separated parts; fails unless there are exactly three. */
    static String[] parts(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + jwt);
        }
        return parts;
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A token with the given header and payload JSON, signed HS256 with {@code secret}. */
    static String signed(String headerJson, String payloadJson, byte[] secret) {
        String signingInput = encode(headerJson) + "." + encode(payloadJson);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The genuine token's payload with {@code from} replaced by {@code to}, under the genuine signature. */
    static String tampered(String jwt, String from, String to) {
        String[] parts = parts(jwt);
        String payload = decode(parts[1]);
        if (!payload.contains(from)) {
            throw new AssertionError("payload has no " + from + ": " + payload);
        }
        return parts[0] + "." + encode(payload.replace(from, to)) + "." + parts[2];
    }
}
