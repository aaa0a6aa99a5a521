package com.ledgerport.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The HS256 signing secret: {@code ledgerport.jwt-secret} when configured, otherwise 256 random bits generated
 * on first start into {@code <data-dir>/jwt-secret} (owner-only permissions) and reused on every later start.
 * There is deliberately no built-in default. Several nodes must share one configured secret.
 */
final class JwtSecret {

    static final String FILE_NAME = "jwt-secret";
    static final int BYTES = 32;

    private JwtSecret() {
    }

    static byte[] resolve(Optional<String> configured, Path dataDirectory) {
        if (configured.isPresent()) {
            byte[] secret = configured.get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < BYTES) {
                throw new IllegalStateException("ledgerport.jwt-secret (LEDGERPORT_JWT_SECRET) must be at least "
                        + BYTES + " bytes");
            }
            return secret;
        }
        return DataDirectorySecret.readOrCreate(dataDirectory, FILE_NAME, BYTES);
    }
}
