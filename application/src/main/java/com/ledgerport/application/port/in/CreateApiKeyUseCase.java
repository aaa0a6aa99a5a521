package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/** Issues an API key (seed 000): the secret is handed back once, in {@link Created#material()}. */
public interface CreateApiKeyUseCase {

    ApiKeyCreation create(CreateApiKeyCommand command);

    /** At most one of {@code ttlSeconds} and {@code expiresAtUnix}; neither means the default 24 hours. */
    record CreateApiKeyCommand(PartnerId partnerId, String name, Optional<Long> ttlSeconds,
            Optional<Long> expiresAtUnix, Mode mode, CallContext context) {
    }

    sealed interface ApiKeyCreation permits Created, Rejected {
    }

    record Created(ApiKey key, ApiKeyMaterial material) implements ApiKeyCreation {
    }

    /** @param field the request field at fault, when one is */
    record Rejected(Reason reason, Optional<String> field, String message) implements ApiKeyCreation {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        INVALID_LIFETIME,
        TOO_MANY_KEYS
    }
}
