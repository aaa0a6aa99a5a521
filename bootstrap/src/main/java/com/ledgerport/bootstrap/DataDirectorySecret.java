package com.ledgerport.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret generated on first start into a file of the data directory (base64, owner-only
 * permissions) and read back on every later start: the fallback of every secret that may be configured
 * instead ({@link JwtSecret}, {@link SecretsKey}). There is deliberately no built-in default anywhere. Several
 * nodes must configure the secret instead, since each would otherwise generate its own.
 */
final class DataDirectorySecret {

    private DataDirectorySecret() {
    }

    /** The secret in {@code <dataDirectory>/<fileName>}, created with {@code bytes} random bytes if absent. */
    static byte[] readOrCreate(Path dataDirectory, String fileName, int bytes) {
        Path file = dataDirectory.resolve(fileName);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException(file + " is not base64; delete it to regenerate");
            }
            if (secret.length < bytes) {
                throw new IllegalStateException(file + " holds fewer than " + bytes
                        + " bytes; delete it to regenerate");
            }
            return secret;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or create the secret at " + file, unreadable);
        }
    }

    private static void create(Path file, int bytes) throws IOException {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            restrict(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            // Atomic, and never replaces a secret another process created meanwhile.
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // Keep the other one.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Not a POSIX file system: the directory's own permissions must protect it.
        }
    }
}
