package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final CredentialCache cache = new CredentialCache(clock, Duration.ofSeconds(30));
    private final AtomicInteger loads = new AtomicInteger();
    private final PartnerId partner = PartnerId.generate();
    private final AccessToken token = new AccessToken(AccessTokenId.generate(), partner, "", Mode.LIVE,
            Scopes.none(), clock.instant(), clock.instant().plusSeconds(3600), Optional.empty(), Actor.operator());

    private Optional<AccessToken> lookup() {
        return cache.accessToken(token.id(), () -> {
            loads.incrementAndGet();
            return Optional.of(token);
        });
    }

    @Test
    void serves_from_memory_until_the_time_to_live_ends() {
        lookup();
        lookup();
        assertEquals(1, loads.get());
        clock.advance(Duration.ofSeconds(30));
        lookup();
        assertEquals(2, loads.get());
    }

    @Test
    void forgets_a_changed_token_and_everything_of_a_changed_partner() {
        lookup();
        cache.forget(new CredentialChange.AccessTokenChanged(token.id()));
        lookup();
        assertEquals(2, loads.get());
        cache.forget(new CredentialChange.PartnerChanged(partner));
        lookup();
        assertEquals(3, loads.get());
        cache.forget(new CredentialChange.PartnerChanged(PartnerId.generate()));
        lookup();
        assertEquals(3, loads.get(), "another partner's change leaves this one cached");
    }

    @Test
    void never_keeps_what_it_read_while_a_revocation_happened() {
        cache.accessToken(token.id(), () -> {
            loads.incrementAndGet();
            // The revocation commits and is forgotten while this (stale) read is in flight.
            cache.forget(new CredentialChange.AccessTokenChanged(token.id()));
            return Optional.of(token);
        });
        lookup();
        assertEquals(2, loads.get(), "the racing read was not cached");
    }

    @Test
    void a_zero_time_to_live_disables_caching() {
        CredentialCache off = new CredentialCache(clock, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            off.accessToken(token.id(), () -> {
                loads.incrementAndGet();
                return Optional.of(token);
            });
        }
        assertEquals(3, loads.get());
    }
}
