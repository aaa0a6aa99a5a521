package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A partner's RSA public key for seed 003's {@code signed_uuid}: an X.509 SubjectPublicKeyInfo of at least
 * {@value #BITS_MIN} bits. Keys come in as PEM ({@code -----BEGIN PUBLIC KEY-----}) from the operator, or are
 * made by {@link RsaKeyPairs}; they are stored as base64 DER, the form seed 003's key endpoints show.
 */
public final class RsaPublicKey {

    public static final int BITS_MIN = 2048;
    /** Verification cost grows with the modulus; 8192 bits is far beyond any sensible key. */
    public static final int BITS_MAX = 8192;
    public static final int PEM_LENGTH_MAX = 16_384;
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private final RSAPublicKey key;
    private final byte[] der;

    private RsaPublicKey(RSAPublicKey key, byte[] der) {
        this.key = key;
        this.der = der;
    }

    /** Reads a PEM public key; every refusal says what is wrong, for a 400 that helps the operator. */
    public static RsaPublicKey parsePem(String pem) {
        Require.present(pem, "public key");
        Require.that(pem.length() <= PEM_LENGTH_MAX, "public key must be at most " + PEM_LENGTH_MAX + " characters");
        String text = pem.strip();
        Require.that(!text.contains("PRIVATE KEY"),
                "this is a private key: send only the public key (-----BEGIN PUBLIC KEY-----), and keep the "
                        + "private key secret");
        Require.that(!text.startsWith("-----BEGIN RSA PUBLIC KEY-----"),
                "PKCS#1 keys (BEGIN RSA PUBLIC KEY) are not accepted; convert with "
                        + "'openssl rsa -RSAPublicKey_in -in key.pem -pubout'");
        Require.that(text.startsWith(PEM_BEGIN) && text.endsWith(PEM_END),
                "public key must be PEM: -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----");
        String body = text.substring(PEM_BEGIN.length(), text.length() - PEM_END.length()).replaceAll("\\s+", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidValueException("public key PEM body is not base64");
        }
        return fromDer(der);
    }

    /** Reads base64 DER (SubjectPublicKeyInfo), the stored form. */
    public static RsaPublicKey fromBase64Der(String base64) {
        Require.present(base64, "public key");
        try {
            return fromDer(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidValueException("public key is not base64");
        }
    }

    public static RsaPublicKey fromDer(byte[] der) {
        Require.present(der, "public key");
        RSAPublicKey key;
        try {
            key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException | ClassCastException notRsa) {
            throw new InvalidValueException("public key is not an RSA SubjectPublicKeyInfo");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("RSA is not available in this JDK", missing);
        }
        int bits = key.getModulus().bitLength();
        Require.that(bits >= BITS_MIN, "RSA key has " + bits + " bits; at least " + BITS_MIN + " are required");
        Require.that(bits <= BITS_MAX, "RSA key has " + bits + " bits; at most " + BITS_MAX + " are accepted");
        BigInteger exponent = key.getPublicExponent();
        // e = 1 would make every message its own signature; even exponents are not RSA at all.
        Require.that(exponent.testBit(0) && exponent.compareTo(BigInteger.valueOf(3)) >= 0,
                "RSA public exponent must be odd and at least 3");
        return new RsaPublicKey(key, Arrays.copyOf(der, der.length));
    }

    public int bits() {
        return key.getModulus().bitLength();
    }

    /** Signature length in bytes: a signature of any other length cannot be valid. */
    public int signatureBytes() {
        return (bits() + Byte.SIZE - 1) / Byte.SIZE;
    }

    public String base64Der() {
        return Base64.getEncoder().encodeToString(der);
    }

    public String pem() {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    /** Hex SHA-256 of the DER encoding: the same key registered twice has the same fingerprint. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", missing);
        }
    }

    /** Whether {@code signature} is SHA256withRSA (PKCS#1 v1.5) over {@code message} under this key. */
    public boolean verifies(byte[] message, byte[] signature) {
        Require.present(message, "message");
        if (signature == null || signature.length != signatureBytes()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (java.security.SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(SIGNATURE_ALGORITHM + " is not available in this JDK", missing);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RsaPublicKey that && Arrays.equals(der, that.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "RsaPublicKey[" + bits() + " bits, sha256 " + fingerprint().substring(0, 16) + "…]";
    }
}
