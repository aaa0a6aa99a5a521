package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashing: PBKDF2-HMAC-SHA256 with a per-password random salt.
 *
 * <p>The iteration count is part of the encoded hash, so raising it later leaves existing hashes verifiable.
 * Production uses {@link #ITERATIONS_DEFAULT} (OWASP 2023 guidance); tests may configure fewer to stay fast.
 * Only member passwords go through here: API keys and tokens are high-entropy and use a plain SHA-256.
 */
public final class PasswordHasher {

    public static final int ITERATIONS_DEFAULT = 600_000;
    public static final int ITERATIONS_MIN = 1_000;
    public static final int ITERATIONS_MAX = 10_000_000;
    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final PasswordHash dummy;

    public PasswordHasher(int iterations) {
        Require.that(iterations >= ITERATIONS_MIN, "iterations must be at least " + ITERATIONS_MIN);
        Require.that(iterations <= ITERATIONS_MAX, "iterations must be at most " + ITERATIONS_MAX);
        this.iterations = iterations;
        this.dummy = hash(Password.presented("not-a-real-password"));
    }

    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] digest = derive(password.characters(), salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(digest));
    }

    public boolean matches(Password password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int cost;
        try {
            cost = Integer.parseInt(parts[1]);
        } catch (NumberFormatException malformed) {
            return false;
        }
        if (cost < ITERATIONS_MIN || cost > ITERATIONS_MAX) {
            return false;
        }
        // A stored hash is ours, but a damaged row must read as "no match", never as an error at sign-in.
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt;
        byte[] expected;
        try {
            salt = b64.decode(parts[2]);
            expected = b64.decode(parts[3]);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (salt.length == 0 || expected.length != KEY_BITS / Byte.SIZE) {
            return false;
        }
        byte[] actual = derive(password.characters(), salt, cost);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as a real check, so an unknown user cannot be told apart by timing. */
    public void matchNothing(Password password) {
        matches(password, dummy);
    }

    private static byte[] derive(char[] password, byte[] salt, int cost) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, cost, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", missing);
        } finally {
            spec.clearPassword();
            java.util.Arrays.fill(password, '\0');
        }
    }
}
