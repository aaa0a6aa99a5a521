package com.ledgerport.domain.event;

import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature headers of one delivery, computed with each of the partner's signing secrets that still verify
 * (the newest first; two during a rotation's overlap):
 * <ul>
 *   <li>{@code X-Signature} = hex HMAC-SHA256(secret, timestamp + "." + body) with the newest secret (seed 002),
 *       {@code X-Signature-Previous} the same with the retiring secret during an overlap;</li>
 *   <li>{@code webhook-signature} = space-separated {@code v1,<base64 HMAC-SHA256(secret, id + "." + timestamp
 *       + "." + body)>} for every secret (Standard Webhooks; the key is the secret's UTF-8 bytes).</li>
 * </ul>
 */
public final class WebhookSignatures {

    public static final String X_TIMESTAMP = "X-Timestamp";
    public static final String X_SIGNATURE = "X-Signature";
    public static final String X_SIGNATURE_PREVIOUS = "X-Signature-Previous";
    public static final String WEBHOOK_ID = "webhook-id";
    public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
    public static final String WEBHOOK_SIGNATURE = "webhook-signature";

    private WebhookSignatures() {
    }

    /** Header name → value, in a fixed order. {@code keys} newest first, at least one. */
    public static List<String[]> headers(List<byte[]> keys, String messageId, long unixSeconds, byte[] body) {
        Require.that(!keys.isEmpty(), "at least one signing key");
        String timestamp = Long.toString(unixSeconds);
        List<String[]> headers = new java.util.ArrayList<>();
        headers.add(new String[] {X_TIMESTAMP, timestamp});
        headers.add(new String[] {X_SIGNATURE, RequestSignature.sign(keys.get(0), timestamp, body)});
        if (keys.size() > 1) {
            headers.add(new String[] {X_SIGNATURE_PREVIOUS, RequestSignature.sign(keys.get(1), timestamp, body)});
        }
        headers.add(new String[] {WEBHOOK_ID, messageId});
        headers.add(new String[] {WEBHOOK_TIMESTAMP, timestamp});
        StringBuilder standard = new StringBuilder();
        for (byte[] key : keys) {
            if (standard.length() > 0) {
                standard.append(' ');
            }
            standard.append("v1,").append(standardSignature(key, messageId, timestamp, body));
        }
        headers.add(new String[] {WEBHOOK_SIGNATURE, standard.toString()});
        return headers;
    }

    /** base64 HMAC-SHA256(key, id + "." + timestamp + "." + body): Standard Webhooks' v1 scheme. */
    public static String standardSignature(byte[] key, String messageId, String timestamp, byte[] body) {
        byte[] prefix = (messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(RequestSignature.ALGORITHM);
            mac.init(new SecretKeySpec(key, RequestSignature.ALGORITHM));
            mac.update(prefix);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(RequestSignature.ALGORITHM.toLowerCase(Locale.ROOT) + " unavailable",
                    missing);
        }
    }
}
