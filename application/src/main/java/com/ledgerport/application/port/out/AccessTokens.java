package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Long-lived scoped access tokens (seed 004); the JWT itself is never stored. */
public interface AccessTokens {

    int LIST_SIZE_MAX = 500;

    void add(AccessToken token);

    Optional<AccessToken> find(AccessTokenId id);

    /** The partner's tokens, newest first, at most {@link #LIST_SIZE_MAX}, revoked ones included. */
    List<AccessToken> listByPartner(PartnerId partnerId);

    int countActive(PartnerId partnerId, Instant now);

    /** Stores a new description and scopes. */
    void update(AccessToken token);

    boolean revoke(AccessTokenId id, Instant now);
}
