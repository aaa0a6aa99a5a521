package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenedSigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final SecretBox box = new SecretBox(SecretBox.generateKey());
    private final OpenedSigningKeys keys = new OpenedSigningKeys(box);
    private final PartnerId partner = PartnerId.generate();

    @Test
    void opens_a_secret_once_and_answers_its_plain_key() {
        SigningSecret.Issued issued = SigningSecret.issue(partner, box, NOW);

        byte[] first = keys.key(issued.secret());

        assertArrayEquals(issued.plain().getBytes(StandardCharsets.UTF_8), first);
        assertSame(first, keys.key(issued.secret()));
        assertEquals(1, keys.size());
    }

    @Test
    void a_changed_sealed_value_is_opened_again() {
        SigningSecret secret = SigningSecret.issue(partner, box, NOW).secret();
        keys.key(secret);
        SigningSecret damaged = new SigningSecret(secret.id(), partner, secret.sealedValue() + "A", NOW,
                Optional.empty());

        assertThrows(IllegalStateException.class, () -> keys.key(damaged));
    }

    @Test
    void a_value_moved_to_another_partner_still_does_not_open() {
        SigningSecret secret = SigningSecret.issue(partner, box, NOW).secret();
        keys.key(secret);
        SigningSecret moved = new SigningSecret(secret.id(), PartnerId.generate(), secret.sealedValue(), NOW,
                Optional.empty());

        assertThrows(IllegalStateException.class, () -> keys.key(moved));
    }

    @Test
    void stays_within_its_bound() {
        for (int i = 0; i <= OpenedSigningKeys.ENTRIES_MAX; i++) {
            keys.key(SigningSecret.issue(partner, box, NOW).secret());
        }

        assertTrue(keys.size() <= OpenedSigningKeys.ENTRIES_MAX, "size " + keys.size());
    }
}
