package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsKeyTest {

    @TempDir
    Path dataDirectory;

    @Test
    void generates_a_256_bit_key_into_the_data_directory_readable_by_the_owner_only() throws Exception {
        byte[] key = SecretsKey.resolve(Optional.empty(), dataDirectory);

        assertEquals(SecretBox.KEY_BYTES, key.length);
        Path file = dataDirectory.resolve(SecretsKey.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(key, Base64.getDecoder().decode(Files.readString(file).strip()));
        assertArrayEquals(key, SecretsKey.resolve(Optional.empty(), dataDirectory), "reused on every later start");
        try (var files = Files.list(dataDirectory)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void creates_a_missing_data_directory() {
        Path nested = dataDirectory.resolve("a/b");
        assertEquals(SecretBox.KEY_BYTES, SecretsKey.resolve(Optional.empty(), nested).length);
        assertTrue(Files.exists(nested.resolve(SecretsKey.FILE_NAME)));
    }

    @Test
    void a_configured_key_wins_and_no_file_is_written() {
        byte[] configured = SecretBox.generateKey();
        byte[] key = SecretsKey.resolve(Optional.of(" " + Base64.getEncoder().encodeToString(configured) + "\n"),
                dataDirectory);

        assertArrayEquals(configured, key);
        assertFalse(Files.exists(dataDirectory.resolve(SecretsKey.FILE_NAME)));
    }

    @Test
    void refuses_a_configured_key_that_is_not_base64_of_32_bytes() {
        for (String bad : new String[] {"not base64!", Base64.getEncoder().encodeToString(new byte[16]),
            Base64.getEncoder().encodeToString(new byte[33]), "correct horse battery staple correct horse"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> SecretsKey.resolve(Optional.of(bad), dataDirectory), bad);
            assertTrue(refused.getMessage().contains("LEDGERPORT_SECRETS_KEY"), refused.getMessage());
        }
    }

    @Test
    void refuses_a_damaged_key_file_instead_of_replacing_it() throws Exception {
        Path file = dataDirectory.resolve(SecretsKey.FILE_NAME);
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[8]));
        assertThrows(IllegalStateException.class, () -> SecretsKey.resolve(Optional.empty(), dataDirectory));
        Files.writeString(file, "%%% not base64 %%%");
        assertThrows(IllegalStateException.class, () -> SecretsKey.resolve(Optional.empty(), dataDirectory));
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[48]));
        assertThrows(IllegalStateException.class, () -> SecretsKey.resolve(Optional.empty(), dataDirectory));
    }

    @Test
    void the_jwt_secret_shares_the_same_file_handling() throws Exception {
        byte[] secret = JwtSecret.resolve(Optional.empty(), dataDirectory);
        assertEquals(JwtSecret.BYTES, secret.length);
        assertArrayEquals(secret, JwtSecret.resolve(Optional.empty(), dataDirectory));
        Path file = dataDirectory.resolve(JwtSecret.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertThrows(IllegalStateException.class, () -> JwtSecret.resolve(Optional.of("too short"), dataDirectory));
    }
}
