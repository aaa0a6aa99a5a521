package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern PUBLIC = Pattern.compile("lpk_[0-9a-f]{" + PUBLIC_HEX + "}");
    private static final Pattern SECRET = Pattern.compile("lps_[A-Za-z0-9_-]{" + SECRET_CHARS + "}");
    private static final Pattern SINGLE = Pattern.compile(
            "ak_(test|live)_([0-9a-f]{" + PUBLIC_HEX + "})([A-Za-z0-9_-]{" + SECRET_CHARS + "})");
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
        if (text == null || text.length() > 128) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeyMaterial(PUBLIC_PREFIX + matcher.group(2), SECRET_PREFIX + matcher.group(3),
                Mode.parse(matcher.group(1))));
    }

    public static boolean isPublicKey(String text) {
        return text != null && PUBLIC.matcher(text).matches();
    }

    public static boolean isSecret(String text) {
        return text != null && SECRET.matcher(text).matches();
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
