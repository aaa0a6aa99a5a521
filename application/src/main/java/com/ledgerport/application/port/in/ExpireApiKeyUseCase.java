package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;

/** Expires (revokes) one of the partner's keys at once, on every node. */
public interface ExpireApiKeyUseCase {

    KeyExpiry expire(ExpireApiKeyCommand command);

    record ExpireApiKeyCommand(PartnerId partnerId, ApiKeyId keyId, CallContext context) {
    }

    sealed interface KeyExpiry permits Expired, KeyNotFound {
    }

    /** Also answered for a key that was already revoked: expiring is idempotent. */
    record Expired(ApiKey key) implements KeyExpiry {
    }

    /** Unknown, or another partner's. */
    record KeyNotFound() implements KeyExpiry {
    }
}
