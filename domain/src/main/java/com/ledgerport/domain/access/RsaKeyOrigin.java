package com.ledgerport.domain.access;

/** Where a partner's RSA public key came from. */
public enum RsaKeyOrigin {
    /** The operator registered a public key the partner made (the private key never touched the server). */
    REGISTERED,
    /** Seed 003's {@code /api/v1/keys/generate} or {@code /rotate}: the server made the pair, kept the public half. */
    GENERATED
}
