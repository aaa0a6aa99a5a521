package com.ledgerport.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets that must be recoverable (a partner's HMAC signing secret, later voucher codes) under one
 * configured key: AES-256-GCM with a fresh random 96-bit nonce per value.
 *
 * <p>The sealed text is {@code gcm1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>}. The key id (the first
 * bytes of SHA-256 of the key) lets a wrong key be told apart from a damaged value. Every value is bound to a
 * <em>context</em> (additional authenticated data), e.g. {@code signing_secret:<partner>:<secret id>}: a
 * ciphertext copied to another row or another partner does not open.
 *
 * <p>Opening fails only when the stored value or the configuration is broken — never because of caller
 * input — so it throws {@link IllegalStateException}.
 */
public final class SecretBox {

    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BITS = 128;
    public static final int PLAINTEXT_BYTES_MAX = 4096;
    public static final int CONTEXT_LENGTH_MAX = 256;
    static final String VERSION = "gcm1";
    static final int KEY_ID_BYTES = 4;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Label of the fingerprint key derived from the secrets key (never the AES key itself). */
    static final String FINGERPRINT_KEY_LABEL = "ledgerport/fingerprint/v1";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final String keyId;
    private final SecretKeySpec fingerprintKey;

    public SecretBox(byte[] key) {
        Require.present(key, "secrets key");
        Require.that(key.length == KEY_BYTES, "the secrets key must be exactly " + KEY_BYTES + " bytes");
        this.key = new SecretKeySpec(Arrays.copyOf(key, KEY_BYTES), "AES");
        this.keyId = keyId(key);
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(this.key.getEncoded(), HMAC),
                FINGERPRINT_KEY_LABEL.getBytes(StandardCharsets.UTF_8)), HMAC);
    }

    /** A new random key, e.g. for a first start or a test. */
    public static byte[] generateKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public String seal(byte[] plaintext, String context) {
        Require.present(plaintext, "plaintext");
        Require.that(plaintext.length <= PLAINTEXT_BYTES_MAX, "a sealed value holds at most "
                + PLAINTEXT_BYTES_MAX + " bytes");
        byte[] aad = aad(context);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] joined = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, joined, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, joined, NONCE_BYTES, sealed.length);
            return VERSION + ":" + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(joined);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", missing);
        }
    }

    public String seal(String plaintext, String context) {
        Require.present(plaintext, "plaintext");
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public byte[] open(String sealed, String context) {
        Require.present(sealed, "sealed value");
        byte[] aad = aad(context);
        String[] parts = sealed.split(":", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("not a value sealed by this server (unknown format)");
        }
        if (!keyId.equals(parts[1])) {
            throw new IllegalStateException("value sealed under another secrets key (key id " + parts[1]
                    + ", configured " + keyId + "): check ledgerport.secrets-key");
        }
        byte[] joined;
        try {
            joined = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException damaged) {
            throw new IllegalStateException("sealed value is damaged (not base64url)");
        }
        if (joined.length < NONCE_BYTES + TAG_BITS / Byte.SIZE) {
            throw new IllegalStateException("sealed value is damaged (too short)");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, joined, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(joined, NONCE_BYTES, joined.length - NONCE_BYTES);
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("sealed value does not authenticate: damaged, or moved from "
                    + "another context");
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", missing);
        }
    }

    public String openText(String sealed, String context) {
        return new String(open(sealed, context), StandardCharsets.UTF_8);
    }

    /**
     * A keyed fingerprint of a secret value, for finding it again without storing it in the clear: hex of
     * HMAC-SHA256 under a key derived from the secrets key, over {@code purpose + ":" + value}. Unlike a plain
     * digest it cannot be checked against guessed values (voucher codes are often short or patterned) by
     * whoever reads the database without the secrets key. Deterministic for one key, so a unique index on it
     * refuses a value stored twice.
     */
    public String fingerprint(String purpose, String value) {
        Require.present(purpose, "purpose");
        Require.present(value, "value");
        byte[] message = (purpose + ":" + value).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(hmac(fingerprintKey, message));
    }

    /** Names the key without revealing it, so logs and errors can say which key sealed a value. */
    public String keyId() {
        return keyId;
    }

    private static byte[] aad(String context) {
        Require.present(context, "context");
        Require.that(!context.isEmpty(), "context must not be empty");
        Require.that(context.length() <= CONTEXT_LENGTH_MAX, "context is too long");
        return context.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(SecretKeySpec hmacKey, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hmacKey);
            return mac.doFinal(message);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", missing);
        }
    }

    private static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, KEY_ID_BYTES);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", missing);
        }
    }
}
