package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.SecretBox;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final SecretBox box = new SecretBox(SecretBox.generateKey());
    private final PartnerId partner = PartnerId.generate();

    @Test
    void issues_a_prefixed_random_secret_stored_only_sealed() {
        SigningSecret.Issued issued = SigningSecret.issue(partner, box, NOW);

        assertTrue(issued.plain().startsWith(SigningSecret.PREFIX), issued.plain());
        assertFalse(issued.secret().sealedValue().contains(issued.plain()));
        assertArrayEquals(issued.plain().getBytes(StandardCharsets.UTF_8), issued.secret().key(box));
        assertNotEquals(issued.plain(), SigningSecret.issue(partner, box, NOW).plain());
    }

    @Test
    void a_sealed_secret_moved_to_another_partner_does_not_open() {
        SigningSecret.Issued issued = SigningSecret.issue(partner, box, NOW);
        SigningSecret moved = new SigningSecret(issued.secret().id(), PartnerId.generate(),
                issued.secret().sealedValue(), NOW, Optional.empty());

        assertThrows(IllegalStateException.class, () -> moved.key(box));
    }

    @Test
    void verifies_until_it_retires() {
        SigningSecret current = SigningSecret.issue(partner, box, NOW).secret();
        SigningSecret retiring = new SigningSecret(current.id(), partner, current.sealedValue(), NOW,
                Optional.of(NOW.plusSeconds(60)));

        assertTrue(current.verifiesAt(NOW.plusSeconds(1_000_000)));
        assertTrue(retiring.verifiesAt(NOW.plusSeconds(59)));
        assertFalse(retiring.verifiesAt(NOW.plusSeconds(60)));
    }
}
