package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * High-entropy random secrets (tokens, API key secrets) and their one-way digests.
 *
 * <p>A secret is shown to its owner once; only {@link #digest(String)} is stored. Because the secret carries
 * 256 random bits, a fast SHA-256 is enough (a slow hash protects low-entropy passwords only), and lookups
 * by digest reveal nothing about the secret.
 */
public final class SecretToken {

    public static final int BYTES = 32;
    public static final int PRESENTED_LENGTH_MAX = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    /** A new URL-safe random secret with the given prefix, e.g. {@code lp_rt_…}. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the secret's UTF-8 bytes. */
    public static String digest(String secret) {
        Require.present(secret, "secret");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", missing);
        }
    }

    /**
     * Compares two digests in time independent of where they differ. UTF-8, not US-ASCII: ASCII encoding turns
     * every other character into {@code ?}, which would make different texts compare equal.
     */
    public static boolean sameDigest(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
