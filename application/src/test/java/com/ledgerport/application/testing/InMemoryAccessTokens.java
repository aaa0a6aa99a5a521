package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAccessTokens implements AccessTokens {

    private final Map<AccessTokenId, AccessToken> tokens = new HashMap<>();

    @Override
    public synchronized void add(AccessToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public synchronized Optional<AccessToken> find(AccessTokenId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public synchronized List<AccessToken> listByPartner(PartnerId partnerId) {
        return tokens.values().stream().filter(token -> token.partnerId().equals(partnerId))
                .sorted(Comparator.comparing((AccessToken token) -> token.id().value()).reversed())
                .limit(LIST_SIZE_MAX).toList();
    }

    @Override
    public synchronized int countActive(PartnerId partnerId, Instant now) {
        return (int) tokens.values().stream()
                .filter(token -> token.partnerId().equals(partnerId) && token.isActiveAt(now)).count();
    }

    @Override
    public synchronized void update(AccessToken token) {
        tokens.replace(token.id(), token);
    }

    @Override
    public synchronized boolean revoke(AccessTokenId id, Instant now) {
        AccessToken token = tokens.get(id);
        if (token == null || token.revokedAt().isPresent()) {
            return false;
        }
        tokens.put(id, token.revokedAt(now));
        return true;
    }
}
