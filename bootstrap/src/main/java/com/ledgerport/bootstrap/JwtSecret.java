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
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < BYTES) {
                throw new IllegalStateException(
                        file + " holds fewer than " + BYTES + " bytes; delete it to regenerate");
            }
            return secret;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or create the JWT secret at " + file, unreadable);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
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
