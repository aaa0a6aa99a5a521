package com.ledgerport.application.service;

import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.access.SigningSecretId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.SecretBox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing secrets' HMAC keys, opened once: opening a sealed secret (AES-GCM, with a fresh cipher and key schedule)
 * cost more than the HMAC it serves — about 3 µs of the 4.7 µs a signature check took (docs/performance.md).
 *
 * <p>An opened key is reused only for the very ciphertext and sealing context it came from: the entry is keyed by
 * the secret's id and checked against the partner and the sealed value the caller just read, so a changed row is
 * opened again (and a value moved to another partner fails to open, as it would without this map). Which secrets verify
 * is still decided by storage on every request; this only saves the decryption. The keys stay in memory, where
 * the secrets key that opens all of them already is. Bounded by {@link #ENTRIES_MAX}: past it the map is emptied.
 */
final class OpenedSigningKeys {

    static final int ENTRIES_MAX = 10_000;

    private record Opened(PartnerId partnerId, String sealedValue, byte[] key) {
    }

    private final SecretBox secretBox;
    private final Map<SigningSecretId, Opened> opened = new ConcurrentHashMap<>();

    OpenedSigningKeys(SecretBox secretBox) {
        this.secretBox = secretBox;
    }

    /** The secret's HMAC key; callers must not modify it. */
    byte[] key(SigningSecret secret) {
        Opened entry = opened.get(secret.id());
        if (entry != null && entry.partnerId().equals(secret.partnerId())
                && entry.sealedValue().equals(secret.sealedValue())) {
            return entry.key();
        }
        byte[] key = secret.key(secretBox);
        if (opened.size() >= ENTRIES_MAX) {
            opened.clear();
        }
        opened.put(secret.id(), new Opened(secret.partnerId(), secret.sealedValue(), key));
        return key;
    }

    int size() {
        return opened.size();
    }
}
