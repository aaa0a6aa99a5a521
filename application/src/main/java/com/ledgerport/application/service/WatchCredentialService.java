package com.ledgerport.application.service;

import com.ledgerport.application.port.in.WatchCredentialUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hears the credential changes this node learns of (its own right after commit, other nodes' through their
 * announcements) from the {@link CredentialCache} and tells each watch whose credential they concern. A change
 * of unknown extent (announcements possibly missed) concerns every watch. A check looks at the grant itself
 * (session, access token, API key) and the partner's standing, not at the bearer JWT, whose 15 minutes bound
 * only the login.
 */
public final class WatchCredentialService implements WatchCredentialUseCase {

    private final CredentialDirectory directory;
    private final UnitOfWork unitOfWork;
    private final ApiKeys apiKeys;
    private final Clock clock;
    private final Set<RegisteredWatchService> watches = ConcurrentHashMap.newKeySet();

    public WatchCredentialService(CredentialCache cache, CredentialDirectory directory, UnitOfWork unitOfWork,
            ApiKeys apiKeys, Clock clock) {
        this.directory = directory;
        this.unitOfWork = unitOfWork;
        this.apiKeys = apiKeys;
        this.clock = clock;
        cache.listen(this::changed);
    }

    private final class RegisteredWatchService implements Watch {

        private final Principal principal;
        private final Runnable mayHaveChanged;

        RegisteredWatchService(Principal principal, Runnable mayHaveChanged) {
            this.principal = principal;
            this.mayHaveChanged = mayHaveChanged;
        }

        @Override
        public Optional<Principal> check() {
            return stands(principal);
        }

        @Override
        public Optional<Instant> expiresAt() {
            if (principal instanceof AccessTokenPrincipal token) {
                return directory.accessToken(token.tokenId()).map(current -> current.expiresAt());
            }
            if (principal instanceof ApiKeyPrincipal key) {
                return unitOfWork.read(() -> apiKeys.find(key.keyId())).map(current -> current.expiresAt());
            }
            return Optional.empty();
        }

        @Override
        public void cancel() {
            watches.remove(this);
        }
    }

    @Override
    public Watch watch(Principal principal, Runnable mayHaveChanged) {
        RegisteredWatchService watch = new RegisteredWatchService(principal, mayHaveChanged);
        watches.add(watch);
        return watch;
    }

    private void changed(Optional<CredentialChange> change) {
        for (RegisteredWatchService watch : watches) {
            if (change.isEmpty() || concerns(change.get(), watch.principal)) {
                watch.mayHaveChanged.run();
            }
        }
    }

    private Optional<Principal> stands(Principal principal) {
        if (!directory.isActive(principal.partnerId())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (principal instanceof MemberPrincipal member) {
            return directory.session(member.sessionId()).filter(session -> session.isActiveAt(now))
                    .map(session -> principal);
        }
        if (principal instanceof AccessTokenPrincipal token) {
            return directory.accessToken(token.tokenId()).filter(current -> current.isActiveAt(now))
                    .map(current -> new AccessTokenPrincipal(current.partnerId(), current.id(), current.mode(),
                            current.scopes()));
        }
        if (principal instanceof ApiKeyPrincipal key) {
            return unitOfWork.read(() -> apiKeys.find(key.keyId())).filter(current -> current.isActiveAt(now))
                    .map(current -> principal);
        }
        return Optional.empty();
    }

    static boolean concerns(CredentialChange change, Principal principal) {
        if (change instanceof CredentialChange.PartnerChanged partner) {
            return partner.partnerId().equals(principal.partnerId());
        }
        if (change instanceof CredentialChange.ApiKeyRevoked revoked) {
            return principal instanceof ApiKeyPrincipal key && key.keyId().equals(revoked.keyId());
        }
        if (change instanceof CredentialChange.AccessTokenChanged changed) {
            return principal instanceof AccessTokenPrincipal token && token.tokenId().equals(changed.tokenId());
        }
        CredentialChange.SessionRevoked revoked = (CredentialChange.SessionRevoked) change;
        return principal instanceof MemberPrincipal member && member.sessionId().equals(revoked.sessionId());
    }
}
