package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RsaPublicKeyTest {

    private static final RsaKeyPairs.Generated PAIR = RsaKeyPairs.generate();

    @Test
    void reads_back_its_own_pem_and_base64_der() {
        RsaPublicKey key = PAIR.publicKey();

        assertEquals(key, RsaPublicKey.parsePem(key.pem()));
        assertEquals(key, RsaPublicKey.parsePem("\n  " + key.pem().replace("\n", "\r\n") + "  \n"));
        assertEquals(key, RsaPublicKey.fromBase64Der(key.base64Der()));
        assertEquals(2048, key.bits());
        assertEquals(256, key.signatureBytes());
        assertTrue(key.base64Der().startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"), key.base64Der());
    }

    @Test
    void the_fingerprint_names_the_key() {
        assertEquals(PAIR.publicKey().fingerprint(), RsaPublicKey.parsePem(PAIR.publicKey().pem()).fingerprint());
        assertNotEquals(PAIR.publicKey().fingerprint(), RsaKeyPairs.generate().publicKey().fingerprint());
        assertTrue(PAIR.publicKey().fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void refuses_keys_shorter_than_2048_bits() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        byte[] der = generator.generateKeyPair().getPublic().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PUBLIC KEY-----";

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> RsaPublicKey.parsePem(pem));
        assertTrue(refused.getMessage().contains("1024 bits"), refused.getMessage());
    }

    @Test
    void refuses_other_algorithms() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        byte[] der = generator.generateKeyPair().getPublic().getEncoded();

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> RsaPublicKey.fromDer(der));
        assertTrue(refused.getMessage().contains("not an RSA"), refused.getMessage());
    }

    @Test
    void refuses_a_private_key_with_a_warning() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + PAIR.privateKeyBase64() + "\n-----END PRIVATE KEY-----";

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> RsaPublicKey.parsePem(pem));
        assertTrue(refused.getMessage().contains("private key"), refused.getMessage());
    }

    @Test
    void refuses_pkcs1_and_other_pem_and_non_pem() {
        String body = PAIR.publicKey().base64Der();
        for (String text : new String[] {
            "-----BEGIN RSA PUBLIC KEY-----\n" + body + "\n-----END RSA PUBLIC KEY-----",
            "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----",
            body,
            "-----BEGIN PUBLIC KEY-----\n" + body + "\n",
            "-----BEGIN PUBLIC KEY-----\n***\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----",
            "",
            "x".repeat(RsaPublicKey.PEM_LENGTH_MAX + 1)}) {
            assertThrows(InvalidValueException.class, () -> RsaPublicKey.parsePem(text), text);
        }
    }

    @Test
    void refuses_a_degenerate_public_exponent() throws Exception {
        java.security.interfaces.RSAPublicKey real = (java.security.interfaces.RSAPublicKey) KeyFactory
                .getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(
                        Base64.getDecoder().decode(PAIR.publicKey().base64Der())));
        // The JDK itself refuses e < 3; an even exponent it lets through, so the check is ours.
        for (BigInteger exponent : new BigInteger[] {BigInteger.valueOf(65536), BigInteger.valueOf(4)}) {
            byte[] der = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(real.getModulus(), exponent)).getEncoded();
            assertThrows(InvalidValueException.class, () -> RsaPublicKey.fromDer(der), exponent.toString());
        }
    }
}
