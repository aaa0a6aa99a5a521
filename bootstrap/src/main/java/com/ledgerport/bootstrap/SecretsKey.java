package com.ledgerport.bootstrap;

import com.ledgerport.domain.shared.SecretBox;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The AES-256 key of the {@link SecretBox} that seals recoverable secrets (partners' signing secrets):
 * {@code ledgerport.secrets-key} (base64 of exactly 32 bytes) when configured, otherwise generated on first
 * start into {@code <data-dir>/secrets-key} (mode 600) like the JWT secret. Every node sharing a database
 * must be configured with the same key; losing the key makes every sealed secret unreadable (partners then
 * need new signing secrets).
 */
final class SecretsKey {

    static final String FILE_NAME = "secrets-key";

    private SecretsKey() {
    }

    static byte[] resolve(Optional<String> configured, Path dataDirectory) {
        if (configured.isPresent()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.get().strip());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException("ledgerport.secrets-key (LEDGERPORT_SECRETS_KEY) must be base64 of "
                        + SecretBox.KEY_BYTES + " bytes, e.g. the output of: head -c 32 /dev/urandom | base64");
            }
            if (key.length != SecretBox.KEY_BYTES) {
                throw new IllegalStateException("ledgerport.secrets-key (LEDGERPORT_SECRETS_KEY) must be base64 of "
                        + "exactly " + SecretBox.KEY_BYTES + " bytes, not " + key.length);
            }
            return key;
        }
        byte[] stored = DataDirectorySecret.readOrCreate(dataDirectory, FILE_NAME, SecretBox.KEY_BYTES);
        if (stored.length != SecretBox.KEY_BYTES) {
            throw new IllegalStateException(dataDirectory.resolve(FILE_NAME) + " must hold exactly "
                    + SecretBox.KEY_BYTES + " bytes");
        }
        return Arrays.copyOf(stored, SecretBox.KEY_BYTES);
    }
}
