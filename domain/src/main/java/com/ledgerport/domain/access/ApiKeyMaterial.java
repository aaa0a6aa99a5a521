package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The three faces of an API key: the public key (seed 000's {@code username}, {@code lpk_} + 24 hex), the
 * secret ({@code lps_} + 256 random bits, base64url), and the single string for seed 001's {@code ApiKey}
 * header, {@code ak_<mode>_<24 hex><43 base64url>}, which carries both. Only the secret's digest is stored.
 */
public record ApiKeyMaterial(String publicKey, String secret, Mode mode) {

    public static final String PUBLIC_PREFIX = "lpk_";
    public static final String SECRET_PREFIX = "lps_";
    private static final int PUBLIC_HEX = 24;
    private static final int SECRET_CHARS = 43;
    private static final String SINGLE_PREFIX = "ak_";
    /** {@code test_} or {@code live_}. */
    private static final int SINGLE_MODE_CHARS = 5;
    private static final int SINGLE_LENGTH = SINGLE_PREFIX.length() + SINGLE_MODE_CHARS + PUBLIC_HEX + SECRET_CHARS;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKeyMaterial {
        Require.present(publicKey, "public key");
        Require.present(secret, "secret");
        Require.present(mode, "mode");
        Require.that(isPublicKey(publicKey), "malformed public key");
        Require.that(isSecret(secret), "malformed secret");
    }

    public static ApiKeyMaterial generate(Mode mode) {
        byte[] publicBytes = new byte[PUBLIC_HEX / 2];
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(publicBytes);
        RANDOM.nextBytes(secretBytes);
        return new ApiKeyMaterial(PUBLIC_PREFIX + HexFormat.of().formatHex(publicBytes),
                SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes), mode);
    }

    /** The {@code ApiKey} header form; empty when the text is not one (nothing is looked up for junk). */
    public static Optional<ApiKeyMaterial> parseSingle(String text) {
        if (text == null || text.length() != SINGLE_LENGTH || !text.startsWith(SINGLE_PREFIX)) {
            return Optional.empty();
        }
        int publicStart = SINGLE_PREFIX.length() + SINGLE_MODE_CHARS;
        int secretStart = publicStart + PUBLIC_HEX;
        Optional<Mode> mode = text.startsWith("test_", SINGLE_PREFIX.length()) ? Optional.of(Mode.TEST)
                : text.startsWith("live_", SINGLE_PREFIX.length()) ? Optional.of(Mode.LIVE) : Optional.empty();
        if (mode.isEmpty() || !isLowerHex(text, publicStart, secretStart)
                || !isBase64Url(text, secretStart, text.length())) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeyMaterial(PUBLIC_PREFIX + text.substring(publicStart, secretStart),
                SECRET_PREFIX + text.substring(secretStart), mode.get()));
    }

    /*
     * The shape checks are plain loops, not regular expressions: they run on every authenticated request (twice
     * for the single string, whose parts the constructor checks again), and the regular expressions cost several
     * times the SHA-256 of the secret (docs/performance.md). ApiKeyMaterialProperties holds the loops to the
     * regular expressions they replace.
     */

    /** {@code lpk_} + 24 lower-case hex digits. */
    public static boolean isPublicKey(String text) {
        return text != null && text.length() == PUBLIC_PREFIX.length() + PUBLIC_HEX && text.startsWith(PUBLIC_PREFIX)
                && isLowerHex(text, PUBLIC_PREFIX.length(), text.length());
    }

    /** {@code lps_} + 43 base64url characters. */
    public static boolean isSecret(String text) {
        return text != null && text.length() == SECRET_PREFIX.length() + SECRET_CHARS && text.startsWith(SECRET_PREFIX)
                && isBase64Url(text, SECRET_PREFIX.length(), text.length());
    }

    private static boolean isLowerHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64Url(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '-'
                    && c != '_') {
                return false;
            }
        }
        return true;
    }

    public String single() {
        return "ak_" + mode.wireName() + "_" + publicKey.substring(PUBLIC_PREFIX.length())
                + secret.substring(SECRET_PREFIX.length());
    }

    public String secretDigest() {
        return SecretToken.digest(secret);
    }

    @Override
    public String toString() {
        return "ApiKeyMaterial[" + publicKey + ", ****]";
    }
}
