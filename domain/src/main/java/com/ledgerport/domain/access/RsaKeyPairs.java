package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** Makes RSA key pairs for seed 003's {@code /api/v1/keys/generate} and {@code /rotate}. */
public final class RsaKeyPairs {

    /** The size of the keys seed 003 shows ({@code MIIBIjAN…} is a 2048-bit SubjectPublicKeyInfo). */
    public static final int GENERATED_BITS = 2048;

    private RsaKeyPairs() {
    }

    public static Generated generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(GENERATED_BITS, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            return new Generated(RsaPublicKey.fromDer(pair.getPublic().getEncoded()),
                    pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("RSA is not available in this JDK", missing);
        }
    }

    /**
     * A new pair: the public key is kept, the private key (PKCS#8 DER) is handed out once and never stored.
     */
    public record Generated(RsaPublicKey publicKey, byte[] privateKeyPkcs8) {

        public Generated {
            Require.present(publicKey, "public key");
            Require.present(privateKeyPkcs8, "private key");
            privateKeyPkcs8 = Arrays.copyOf(privateKeyPkcs8, privateKeyPkcs8.length);
        }

        /** Base64 PKCS#8 DER without line breaks, as seed 003 shows ({@code MIIEvQIBADAN…}). */
        public String privateKeyBase64() {
            return Base64.getEncoder().encodeToString(privateKeyPkcs8);
        }

        @Override
        public byte[] privateKeyPkcs8() {
            return Arrays.copyOf(privateKeyPkcs8, privateKeyPkcs8.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Generated that && publicKey.equals(that.publicKey)
                    && Arrays.equals(privateKeyPkcs8, that.privateKeyPkcs8);
        }

        @Override
        public int hashCode() {
            return publicKey.hashCode();
        }

        @Override
        public String toString() {
            return "Generated[" + publicKey + ", private key hidden]";
        }
    }
}
