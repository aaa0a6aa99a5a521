package com.ledgerport.adapter.out.persistence;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.CredentialRevocations;
import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The credential tables and the cross-node announcements, on H2 and (with -Ppostgresql) PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialsPersistenceIT implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    ApiKeys apiKeys;
    @Inject
    AccessTokens accessTokens;
    @Inject
    PartnerSurfaces surfaces;
    @Inject
    CredentialRevocations revocations;
    @Inject
    RecordingForgetCredentials forgotten;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Partner partner() {
        Partner partner = Partner.register("Keys Co", Currency.of("EUR"), now());
        unitOfWork.write(() -> {
            partners.add(partner);
            return null;
        });
        return partner;
    }

    private ApiKey key(Partner partner, Instant now) {
        ApiKeyMaterial material = ApiKeyMaterial.generate(Mode.LIVE);
        return unitOfWork.write(() -> apiKeys.add(new ApiKeys.NewApiKey(partner.id(), "primary",
                material.publicKey(), material.secretDigest(), Mode.LIVE, now, now.plus(Duration.ofDays(1)))));
    }

    @Test
    void stores_api_keys_with_increasing_numeric_ids_and_finds_them_by_public_key() {
        Partner partner = partner();
        Instant now = now();
        ApiKey first = key(partner, now);
        ApiKey second = key(partner, now);
        assertTrue(second.id().value() > first.id().value());
        assertEquals(Optional.of(first), unitOfWork.read(() -> apiKeys.findByPublicKey(first.publicKey())));
        assertEquals(List.of(second, first), unitOfWork.read(() -> apiKeys.listByPartner(partner.id())));
        assertEquals(2, unitOfWork.read(() -> apiKeys.countActive(partner.id(), now)));
    }

    @Test
    void revokes_once_and_touches_at_most_once_per_resolution() {
        Partner partner = partner();
        Instant now = now();
        ApiKey key = key(partner, now);
        assertTrue(unitOfWork.write(() -> apiKeys.revoke(key.id(), now)));
        assertFalse(unitOfWork.write(() -> apiKeys.revoke(key.id(), now.plusSeconds(5))));
        assertEquals(Optional.of(now), unitOfWork.read(() -> apiKeys.find(key.id())).get().revokedAt());
        assertEquals(0, unitOfWork.read(() -> apiKeys.countActive(partner.id(), now)));

        unitOfWork.write(() -> {
            apiKeys.touch(key.id(), now);
            apiKeys.touch(key.id(), now.plusSeconds(10));
            return null;
        });
        assertEquals(Optional.of(now), unitOfWork.read(() -> apiKeys.find(key.id())).get().lastUsedAt());
        Instant later = now.plus(ApiKey.LAST_USED_RESOLUTION).plusSeconds(1);
        unitOfWork.write(() -> {
            apiKeys.touch(key.id(), later);
            return null;
        });
        assertEquals(Optional.of(later), unitOfWork.read(() -> apiKeys.find(key.id())).get().lastUsedAt());
    }

    @Test
    void stores_access_tokens_with_their_scopes_and_updates_them() {
        Partner partner = partner();
        Instant now = now();
        AccessToken token = new AccessToken(AccessTokenId.generate(), partner.id(), "s2s", Mode.TEST,
                Scopes.of(Permission.BALANCE_READ_ONE, Permission.ORDERS_CREATE_ONE), now,
                now.plus(Duration.ofDays(365)), Optional.empty(), new Actor(ActorKind.MEMBER, "m-1"));
        unitOfWork.write(() -> {
            accessTokens.add(token);
            return null;
        });
        assertEquals(Optional.of(token), unitOfWork.read(() -> accessTokens.find(token.id())));
        AccessToken updated = token.withDescription("renamed").withScopes(Scopes.none());
        unitOfWork.write(() -> {
            accessTokens.update(updated);
            return null;
        });
        assertEquals(Optional.of(updated), unitOfWork.read(() -> accessTokens.find(token.id())));
        assertTrue(unitOfWork.write(() -> accessTokens.revoke(token.id(), now)));
        assertEquals(0, unitOfWork.read(() -> accessTokens.countActive(partner.id(), now)));
    }

    @Test
    void replaces_a_partners_surfaces() {
        Partner partner = partner();
        assertEquals(Optional.empty(), unitOfWork.read(() -> surfaces.find(partner.id())));
        unitOfWork.write(() -> {
            surfaces.set(partner.id(), Set.of(PartnerSurface.SUPPLIER, PartnerSurface.PAYMENT));
            surfaces.set(partner.id(), Set.of(PartnerSurface.RESELLER));
            return null;
        });
        assertEquals(Optional.of(Set.of(PartnerSurface.RESELLER)), unitOfWork.read(() -> surfaces.find(partner.id())));
        unitOfWork.write(() -> {
            surfaces.set(partner.id(), Set.of());
            return null;
        });
        assertEquals(Optional.of(Set.of()), unitOfWork.read(() -> surfaces.find(partner.id())));
    }

    @Test
    void runs_after_commit_actions_only_when_the_transaction_commits() {
        AtomicBoolean committed = new AtomicBoolean();
        AtomicBoolean rolledBack = new AtomicBoolean();
        unitOfWork.write(() -> {
            unitOfWork.afterCommit(() -> committed.set(true));
            assertFalse(committed.get(), "not before the commit");
            return null;
        });
        assertTrue(committed.get());
        try {
            unitOfWork.write(() -> {
                unitOfWork.afterCommit(() -> rolledBack.set(true));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertFalse(rolledBack.get());
    }

    @Test
    void delivers_announcements_to_the_listener_on_postgresql() {
        if (database.engine() != TestDatabase.Engine.POSTGRESQL) {
            // On H2 there is one node: announcing is a no-op by design, which is what this asserts.
            revocations.announce(new CredentialChange.PartnerChanged(partner().id()));
            assertTrue(forgotten.forgotten().isEmpty());
            return;
        }
        CredentialChange change = new CredentialChange.ApiKeyRevoked(new com.ledgerport.domain.access.ApiKeyId(42));
        revocations.announce(change);
        await().atMost(Duration.ofSeconds(1)).until(() -> forgotten.forgotten().contains(change));
    }
}
