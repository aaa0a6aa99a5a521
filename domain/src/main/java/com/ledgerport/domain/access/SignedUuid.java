package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Seed 003's request authentication: {@code signed_uuid = base64(SHA256withRSA(private key, uuid))}, where
 * {@code uuid} is the request's own UUID text exactly as sent (its UTF-8 bytes) and the partner's registered
 * public key verifies it.
 *
 * <p>The signature covers the uuid only — not the {@code timestamp}, not the body. So the freshness of
 * {@code timestamp} cannot stop a replay by itself (a replayer may restamp); what stops it is that a partner's
 * uuid is accepted once, for good.
 */
public final class SignedUuid {

    /**
     * A uuid is canonical 8-4-4-4-12 hex text, of any version (seed 003 says only "UUID"). Longer text than
     * this is refused unread; shorter text that is no UUID is reported as such.
     */
    public static final int UUID_TEXT_LENGTH_MAX = 128;
    /** Base64 of an 8192-bit signature is 1368 characters. */
    public static final int SIGNED_LENGTH_MAX = 2048;
    public static final int TIMESTAMP_LENGTH_MAX = 64;
    /** Unix seconds fit in 11 digits until the year 5138; a 13-digit value is probably milliseconds. */
    public static final int UNIX_SECONDS_DIGITS_MAX = 11;
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1," + UNIX_SECONDS_DIGITS_MAX + "}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private SignedUuid() {
    }

    /** The request uuid as a value: the replay guard's key (case does not make another uuid). */
    public static UUID parseUuid(String text) {
        Require.present(text, "uuid");
        Require.that(UUID_SHAPE.matcher(text).matches(),
                "uuid must be a UUID (8-4-4-4-12 hexadecimal digits), e.g. 0190b3c2-5e4f-7a1b-9c3d-2e1f0a9b8c7d");
        return UUID.fromString(text);
    }

    /**
     * The request {@code timestamp}: seed 003 types it only as "string", so both of its readings are
     * accepted — ISO 8601 with an offset ({@code 2024-05-24T12:05:00Z}, {@code …+02:00}, fractions allowed)
     * and Unix seconds ({@code "1716552300"}). Milliseconds and times without an offset are refused, as they
     * would be misread.
     */
    public static Instant parseTimestamp(String text) {
        Require.present(text, "timestamp");
        Require.that(text.length() <= TIMESTAMP_LENGTH_MAX, "timestamp is too long");
        if (UNIX_SECONDS.matcher(text).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        Require.that(!DIGITS.matcher(text).matches(),
                "timestamp must be Unix seconds (at most " + UNIX_SECONDS_DIGITS_MAX + " digits), not milliseconds");
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeException malformed) {
            throw new InvalidValueException("timestamp must be ISO 8601 with an offset (2024-05-24T12:05:00Z) "
                    + "or Unix seconds");
        }
    }

    /** The decoded signature: standard base64 (padding optional) or its URL-safe alphabet. */
    public static Optional<byte[]> decodeSignature(String signedUuid) {
        if (signedUuid == null || signedUuid.isEmpty() || signedUuid.length() > SIGNED_LENGTH_MAX) {
            return Optional.empty();
        }
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                return Optional.of(decoder.decode(signedUuid));
            } catch (IllegalArgumentException other) {
                // try the next alphabet
            }
        }
        return Optional.empty();
    }

    /** Whether {@code signedUuid} is the key's signature of the uuid text exactly as sent. */
    public static boolean verifies(RsaPublicKey key, String uuid, String signedUuid) {
        Require.present(key, "key");
        Require.present(uuid, "uuid");
        return decodeSignature(signedUuid)
                .map(signature -> key.verifies(uuid.getBytes(StandardCharsets.UTF_8), signature))
                .orElse(false);
    }

    /** What a partner computes (for documentation examples and tests; the server never holds the private key). */
    public static String sign(byte[] privateKeyPkcs8, String uuid) {
        Require.present(privateKeyPkcs8, "private key");
        Require.present(uuid, "uuid");
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
            Signature signer = Signature.getInstance(RsaPublicKey.SIGNATURE_ALGORITHM);
            signer.initSign(key);
            signer.update(uuid.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("cannot sign with this private key", broken);
        }
    }
}
