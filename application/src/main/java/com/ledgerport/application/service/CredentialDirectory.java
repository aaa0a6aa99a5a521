package com.ledgerport.application.service;

import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.CredentialRevocations;
import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CredentialCache.PartnerStanding;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/**
 * Where authentication looks credentials up: through the {@link CredentialCache}, falling back to storage.
 * Also where a change is made known: forgotten locally right after commit and announced to the other nodes.
 */
public final class CredentialDirectory {

    private final CredentialCache cache;
    private final CredentialRevocations revocations;
    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final PartnerSurfaces surfaces;
    private final ApiKeys apiKeys;
    private final AccessTokens accessTokens;
    private final Sessions sessions;

    public CredentialDirectory(CredentialCache cache, CredentialRevocations revocations, UnitOfWork unitOfWork,
            Partners partners, PartnerSurfaces surfaces, ApiKeys apiKeys, AccessTokens accessTokens,
            Sessions sessions) {
        this.cache = cache;
        this.revocations = revocations;
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.surfaces = surfaces;
        this.apiKeys = apiKeys;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
    }

    Optional<ApiKey> apiKey(String publicKey) {
        return cache.apiKey(publicKey, () -> unitOfWork.read(() -> apiKeys.findByPublicKey(publicKey)));
    }

    Optional<AccessToken> accessToken(AccessTokenId id) {
        return cache.accessToken(id, () -> unitOfWork.read(() -> accessTokens.find(id)));
    }

    Optional<Session> session(SessionId id) {
        return cache.session(id, () -> unitOfWork.read(() -> sessions.find(id)));
    }

    /** Active or not, and its seed-001 surfaces; empty for an unknown partner. */
    Optional<PartnerStanding> standing(PartnerId id) {
        return cache.partner(id, () -> unitOfWork.read(() -> partners.find(id).map(partner -> new PartnerStanding(
                partner.isActive(), surfaces.find(id).orElse(PartnerSurface.ALL)))));
    }

    boolean isActive(PartnerId id) {
        return standing(id).map(PartnerStanding::active).orElse(false);
    }

    Optional<Partner> partner(PartnerId id) {
        return unitOfWork.read(() -> partners.find(id));
    }

    /** The key was just used: keep the cached copy's last use current, so it is not written again soon. */
    void used(ApiKey key, java.time.Instant at) {
        cache.remember(new ApiKey(key.id(), key.partnerId(), key.name(), key.publicKey(), key.secretDigest(),
                key.mode(), key.createdAt(), key.expiresAt(), key.revokedAt(), Optional.of(at)));
    }

    /** Forget and announce once the current transaction commits. */
    void changedAfterCommit(CredentialChange change) {
        unitOfWork.afterCommit(() -> {
            cache.forget(change);
            revocations.announce(change);
        });
    }
}
