package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys; the secret is stored only as its SHA-256 digest. */
public interface ApiKeys {

    int LIST_SIZE_MAX = 500;

    /** A key about to be stored: everything but the id, which storage assigns. */
    record NewApiKey(PartnerId partnerId, String name, String publicKey, String secretDigest, Mode mode,
            Instant createdAt, Instant expiresAt) {
    }

    ApiKey add(NewApiKey key);

    Optional<ApiKey> find(ApiKeyId id);

    Optional<ApiKey> findByPublicKey(String publicKey);

    /** The partner's keys, newest first, at most {@link #LIST_SIZE_MAX}. */
    List<ApiKey> listByPartner(PartnerId partnerId);

    int countActive(PartnerId partnerId, Instant now);

    /** Marks the key revoked unless it already is; answers whether this call revoked it. */
    boolean revoke(ApiKeyId id, Instant now);

    /** Records a use; storage may skip the write when the recorded use is recent. */
    void touch(ApiKeyId id, Instant now);
}
