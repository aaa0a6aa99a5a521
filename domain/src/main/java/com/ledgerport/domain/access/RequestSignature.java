package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seed 002's request signature: {@code X-Signature = hex(HMAC-SHA256(secret, X-Timestamp + "." + body))}.
 *
 * <p>The payload is built from the {@code X-Timestamp} header text and the body bytes exactly as received —
 * never from a re-serialisation, so {@code {"a":1}} and {@code { "a": 1 }} sign differently. The key is the
 * UTF-8 bytes of the secret as shown to the partner (what the seed's Node, PHP and Python examples use).
 * Comparison is constant-time over the decoded 32 bytes.
 */
public final class RequestSignature {

    public static final String ALGORITHM = "HmacSHA256";
    public static final int HEX_LENGTH = 64;
    /** Unix seconds fit in 11 digits until the year 5138; a longer header is malformed, not a date. */
    public static final int TIMESTAMP_DIGITS_MAX = 11;
    private static final byte SEPARATOR = '.';
    /**
     * One {@link Mac} per thread, initialised afresh with each call's key: looking the algorithm up in the
     * providers on every call cost more than the HMAC of a 512-byte body (docs/performance.md).
     */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(RequestSignature::newMac);

    private RequestSignature() {
    }

    /** {@code timestamp + "." + body}: the bytes that are signed. */
    public static byte[] payload(String timestamp, byte[] body) {
        Require.present(timestamp, "timestamp");
        Require.present(body, "body");
        byte[] stamp = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[stamp.length + 1 + body.length];
        System.arraycopy(stamp, 0, payload, 0, stamp.length);
        payload[stamp.length] = SEPARATOR;
        System.arraycopy(body, 0, payload, stamp.length + 1, body.length);
        return payload;
    }

    /** The lower-case hex signature a client sends for this timestamp and body. */
    public static String sign(byte[] key, String timestamp, byte[] body) {
        return HexFormat.of().formatHex(mac(key, payload(timestamp, body)));
    }

    /**
     * Whether {@code presented} is the signature of this timestamp and body under {@code key}. A malformed
     * presentation never matches; well-formed ones are compared in time independent of where they differ.
     */
    public static boolean matches(byte[] key, String timestamp, byte[] body, String presented) {
        Optional<String> normalised = normaliseSignature(presented);
        if (normalised.isEmpty()) {
            return false;
        }
        byte[] expected = mac(key, payload(timestamp, body));
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(normalised.get()));
    }

    /** {@code X-Timestamp} as Unix seconds: 1 to 11 ASCII digits, nothing else (no sign, no spaces). */
    public static Optional<Instant> parseTimestamp(String header) {
        if (header == null || header.isEmpty() || header.length() > TIMESTAMP_DIGITS_MAX
                || !header.chars().allMatch(RequestSignature::isAsciiDigit)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(header)));
    }

    /**
     * {@code X-Signature} as 64 hex digits, lower-cased: upper-case hex is the same signature, so replay
     * detection must see one spelling only.
     */
    public static Optional<String> normaliseSignature(String header) {
        if (header == null || header.length() != HEX_LENGTH || !isAsciiHex(header)) {
            return Optional.empty();
        }
        return Optional.of(header.toLowerCase(Locale.ROOT));
    }

    /*
     * The header checks are plain loops, not regular expressions: a service checks each header twice per request,
     * and matching a 64-character class repetition cost about half as much as the HMAC of a 512-byte body.
     */
    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        Require.present(key, "key");
        Require.that(key.length > 0, "key must not be empty");
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (InvalidKeyException unusable) {
            throw new IllegalStateException("not an " + ALGORITHM + " key", unusable);
        }
        return mac.doFinal(payload);
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", missing);
        }
    }
}
