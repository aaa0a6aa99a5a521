package com.ledgerport.application.service;

import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Verified credential records and partner standings, kept briefly so that a request does not need a database
 * round trip to learn that its key, token or session still stands.
 *
 * <p>Correctness never rests on the time-to-live: every change that could invalidate an entry forgets it
 * here right after commit, and is announced to the other nodes, which forget it within a second
 * ({@link com.ledgerport.application.port.out.CredentialRevocations}). The time-to-live only bounds how long a
 * node that lost its announcement channel could be wrong, and it then forgets everything anyway. Each map is
 * bounded: past {@link #ENTRIES_MAX} it is simply emptied.
 */
public final class CredentialCache {

    public static final int ENTRIES_MAX = 50_000;

    /** A partner's standing as credentials need it: active or not, and its seed-001 surfaces. */
    public record PartnerStanding(boolean active, Set<PartnerSurface> surfaces) {
    }

    private record Entry<T>(T value, Instant cachedAt) {
    }

    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Entry<ApiKey>> apiKeys = new ConcurrentHashMap<>();
    private final Map<AccessTokenId, Entry<AccessToken>> accessTokens = new ConcurrentHashMap<>();
    private final Map<SessionId, Entry<Session>> sessions = new ConcurrentHashMap<>();
    private final Map<PartnerId, Entry<PartnerStanding>> partners = new ConcurrentHashMap<>();
    private final List<Consumer<Optional<CredentialChange>>> listeners = new CopyOnWriteArrayList<>();
    /** Bumped by every forget, so that a load racing with a revocation never caches what it read before it. */
    private final AtomicLong generation = new AtomicLong();

    /** @param timeToLive zero disables caching (every lookup reads storage) */
    public CredentialCache(Clock clock, Duration timeToLive) {
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    Optional<ApiKey> apiKey(String publicKey, Supplier<Optional<ApiKey>> load) {
        return lookup(apiKeys, publicKey, load);
    }

    Optional<AccessToken> accessToken(AccessTokenId id, Supplier<Optional<AccessToken>> load) {
        return lookup(accessTokens, id, load);
    }

    Optional<Session> session(SessionId id, Supplier<Optional<Session>> load) {
        return lookup(sessions, id, load);
    }

    Optional<PartnerStanding> partner(PartnerId id, Supplier<Optional<PartnerStanding>> load) {
        return lookup(partners, id, load);
    }

    /**
     * Hears every change this node learns of, local or announced by another node, after it was forgotten here;
     * an empty change means "anything may have changed" (announcements may have been missed).
     */
    public void listen(Consumer<Optional<CredentialChange>> listener) {
        listeners.add(listener);
    }

    /** Replaces a cached key with a newer copy of itself (never adds one, never resurrects a forgotten one). */
    void remember(ApiKey key) {
        apiKeys.computeIfPresent(key.publicKey(), (publicKey, entry) -> new Entry<>(key, entry.cachedAt()));
    }

    /** Forgets whatever the change invalidates; for a partner, every credential of it too. */
    public void forget(CredentialChange change) {
        generation.incrementAndGet();
        if (change instanceof CredentialChange.ApiKeyRevoked revoked) {
            apiKeys.values().removeIf(entry -> entry.value().id().equals(revoked.keyId()));
        } else if (change instanceof CredentialChange.AccessTokenChanged changed) {
            accessTokens.remove(changed.tokenId());
        } else if (change instanceof CredentialChange.SessionRevoked revoked) {
            sessions.remove(revoked.sessionId());
        } else if (change instanceof CredentialChange.PartnerChanged changed) {
            partners.remove(changed.partnerId());
            apiKeys.values().removeIf(entry -> entry.value().partnerId().equals(changed.partnerId()));
            accessTokens.values().removeIf(entry -> entry.value().partnerId().equals(changed.partnerId()));
            sessions.values().removeIf(entry -> entry.value().partnerId().equals(changed.partnerId()));
        }
        listeners.forEach(listener -> listener.accept(Optional.of(change)));
    }

    /** Forgets everything: when announcements may have been missed. */
    public void forgetAll() {
        generation.incrementAndGet();
        apiKeys.clear();
        accessTokens.clear();
        sessions.clear();
        partners.clear();
        listeners.forEach(listener -> listener.accept(Optional.empty()));
    }

    private <K, V> Optional<V> lookup(Map<K, Entry<V>> map, K key, Supplier<Optional<V>> load) {
        if (timeToLive.isZero()) {
            return load.get();
        }
        Instant now = clock.instant();
        Entry<V> entry = map.get(key);
        if (entry != null && now.isBefore(entry.cachedAt().plus(timeToLive))) {
            return Optional.of(entry.value());
        }
        long before = generation.get();
        Optional<V> loaded = load.get();
        if (loaded.isPresent() && generation.get() == before) {
            if (map.size() >= ENTRIES_MAX) {
                map.clear();
            }
            Entry<V> fresh = new Entry<>(loaded.get(), now);
            map.put(key, fresh);
            if (generation.get() != before) {
                map.remove(key, fresh); // a forget ran meanwhile: what was read may be stale
            }
        } else if (loaded.isEmpty()) {
            map.remove(key);
        }
        return loaded;
    }
}
