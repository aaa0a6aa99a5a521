package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.PartnerLocks;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.UsedUuids;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyOrigin;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import com.ledgerport.domain.shared.SecretBox;
import com.ledgerport.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDBC adapters of signing secrets, seen signatures, RSA keys, used uuids, customers and partner locks,
 * against a real database: H2 by default, PostgreSQL with -Ppostgresql.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningPersistenceIT implements TestPropertyProvider {

    private static final int RACERS = 8;
    private static final RsaKeyPairs.Generated PAIR = RsaKeyPairs.generate();
    private static final RsaKeyPairs.Generated OTHER_PAIR = RsaKeyPairs.generate();

    private final TestDatabase database = TestDatabase.create();
    private final SecretBox box = new SecretBox(SecretBox.generateKey());

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    PartnerLocks partnerLocks;
    @Inject
    SigningSecrets signingSecrets;
    @Inject
    SeenSignatures seenSignatures;
    @Inject
    RsaKeys rsaKeys;
    @Inject
    UsedUuids usedUuids;
    @Inject
    Customers customers;

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

    private Partner newPartner(String name) {
        Partner partner = Partner.register(name, Currency.of("EUR"), now());
        write(() -> partners.add(partner));
        return partner;
    }

    private void write(Runnable work) {
        unitOfWork.write(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code racers} copies of the work at once, each in its own unit of work; answers how many said true. */
    private int race(int racers, Callable<Boolean> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return wins;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- partner locks ---------------------------------------------------------------------------------------

    @Test
    void locks_an_existing_partner_only() {
        Partner partner = newPartner("Lock Co");
        assertTrue(unitOfWork.write(() -> partnerLocks.lock(partner.id())));
        assertFalse(unitOfWork.write(() -> partnerLocks.lock(PartnerId.generate())));
    }

    @Test
    void a_partner_lock_makes_a_second_locker_wait_for_the_first_to_commit() throws Exception {
        Partner partner = newPartner("Wait Co");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> unitOfWork.write(() -> {
                partnerLocks.lock(partner.id());
                held.countDown();
                await(release);
                return null;
            }));
            assertTrue(held.await(10, TimeUnit.SECONDS));
            Future<Instant> second = pool.submit(() -> unitOfWork.write(() -> {
                partnerLocks.lock(partner.id());
                return Instant.now();
            }));
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second locker waits");
            Instant released = Instant.now();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertFalse(second.get(10, TimeUnit.SECONDS).isBefore(released));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // --- signing secrets -------------------------------------------------------------------------------------

    @Test
    void stores_signing_secrets_sealed_and_reads_back_the_verifying_ones_newest_first() {
        Partner partner = newPartner("Secret Co");
        Instant t0 = now();
        SigningSecret.Issued first = SigningSecret.issue(partner.id(), box, t0);
        write(() -> signingSecrets.add(first.secret()));
        assertEquals(List.of(first.secret()), unitOfWork.read(() -> signingSecrets.verifying(partner.id(), t0)));

        SigningSecret.Issued second = SigningSecret.issue(partner.id(), box, t0.plusSeconds(1));
        write(() -> {
            signingSecrets.retire(partner.id(), t0.plusSeconds(100), t0.plusSeconds(1));
            signingSecrets.add(second.secret());
        });
        List<SigningSecret> verifying =
                unitOfWork.read(() -> signingSecrets.verifying(partner.id(), t0.plusSeconds(2)));
        assertEquals(List.of(second.secret().id(), first.secret().id()),
                verifying.stream().map(SigningSecret::id).toList());
        assertEquals(Optional.of(t0.plusSeconds(100)), verifying.get(1).retiresAt());
        assertEquals(first.plain(), new String(verifying.get(1).key(box), StandardCharsets.UTF_8));
        assertEquals(List.of(second.secret().id()), unitOfWork.read(() -> signingSecrets.verifying(partner.id(),
                t0.plusSeconds(100))).stream().map(SigningSecret::id).toList());
    }

    @Test
    void a_second_rotation_retires_the_overlapping_secret_at_once() {
        Partner partner = newPartner("Rotate Co");
        Instant t0 = now();
        List<SigningSecret> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant at = t0.plusSeconds(i);
            SigningSecret secret = SigningSecret.issue(partner.id(), box, at).secret();
            issued.add(secret);
            write(() -> {
                signingSecrets.retire(partner.id(), at.plus(Duration.ofHours(24)), at);
                signingSecrets.add(secret);
            });
        }
        List<SigningSecret> verifying = unitOfWork.read(() -> signingSecrets.verifying(partner.id(),
                t0.plusSeconds(3)));
        assertEquals(List.of(issued.get(2).id(), issued.get(1).id()),
                verifying.stream().map(SigningSecret::id).toList());
        Partner other = newPartner("Untouched Co");
        assertTrue(unitOfWork.read(() -> signingSecrets.verifying(other.id(), t0)).isEmpty());
    }

    // --- seen signatures -------------------------------------------------------------------------------------

    @Test
    void remembers_a_signature_once_per_partner() {
        Partner partner = newPartner("Seen Co");
        Partner other = newPartner("Other Seen Co");
        String signature = "ab".repeat(32);
        Instant later = now().plusSeconds(400);

        assertTrue(unitOfWork.write(() -> seenSignatures.remember(partner.id(), signature, later)));
        assertFalse(unitOfWork.write(() -> seenSignatures.remember(partner.id(), signature, later)));
        assertTrue(unitOfWork.write(() -> seenSignatures.remember(other.id(), signature, later)));
    }

    @Test
    void of_concurrent_presentations_of_one_signature_exactly_one_is_remembered() throws Exception {
        Partner partner = newPartner("Race Seen Co");
        String signature = "cd".repeat(32);
        Instant later = now().plusSeconds(400);

        assertEquals(1, race(RACERS, () -> unitOfWork.write(() ->
                seenSignatures.remember(partner.id(), signature, later))));
    }

    @Test
    void forgets_only_expired_signatures_and_at_most_a_batch_at_a_time() {
        Partner partner = newPartner("Forget Co");
        Instant now = now();
        for (int i = 0; i < 5; i++) {
            String signature = String.format("%064x", i);
            write(() -> seenSignatures.remember(partner.id(), signature, now.minusSeconds(1)));
        }
        String fresh = "f".repeat(64);
        write(() -> seenSignatures.remember(partner.id(), fresh, now.plusSeconds(600)));
        String edge = "e".repeat(64);
        write(() -> seenSignatures.remember(partner.id(), edge, now));

        int first = unitOfWork.write(() -> seenSignatures.forgetExpired(now, 4));
        int second = unitOfWork.write(() -> seenSignatures.forgetExpired(now, 4));
        int third = unitOfWork.write(() -> seenSignatures.forgetExpired(now, 4));
        assertEquals(4, first);
        assertEquals(2, second, "the rest, including the one whose time is exactly now");
        assertEquals(0, third);
        assertFalse(unitOfWork.write(() -> seenSignatures.remember(partner.id(), fresh, now.plusSeconds(600))),
                "a fresh signature is still remembered");
        assertTrue(unitOfWork.write(() -> seenSignatures.remember(partner.id(), edge, now.plusSeconds(600))),
                "a forgotten one can be remembered again");
    }

    // --- RSA keys --------------------------------------------------------------------------------------------

    @Test
    void stores_rsa_keys_once_per_partner_and_reads_them_back_exactly() {
        Partner partner = newPartner("Keys Co");
        Partner other = newPartner("Other Keys Co");
        Instant t0 = now();
        RsaKey key = RsaKey.add(partner.id(), PAIR.publicKey(), RsaKeyOrigin.REGISTERED, t0);

        assertTrue(unitOfWork.write(() -> rsaKeys.add(key)));
        assertFalse(unitOfWork.write(() -> rsaKeys.add(RsaKey.add(partner.id(), PAIR.publicKey(),
                RsaKeyOrigin.GENERATED, t0))), "the same public key twice");
        assertTrue(unitOfWork.write(() -> rsaKeys.add(RsaKey.add(other.id(), PAIR.publicKey(),
                RsaKeyOrigin.REGISTERED, t0))), "another partner may hold the same key");
        assertEquals(List.of(key), unitOfWork.read(() -> rsaKeys.verifying(partner.id(), t0, 10)));
    }

    @Test
    void rotation_retires_active_keys_after_the_overlap_and_overlapping_ones_at_once() {
        Partner partner = newPartner("Rotate Keys Co");
        Instant t0 = now();
        RsaKey first = RsaKey.add(partner.id(), PAIR.publicKey(), RsaKeyOrigin.REGISTERED, t0);
        write(() -> rsaKeys.add(first));
        assertEquals(1, unitOfWork.write(() -> rsaKeys.retire(partner.id(), t0.plusSeconds(3600), t0)));
        RsaKey second = RsaKey.add(partner.id(), OTHER_PAIR.publicKey(), RsaKeyOrigin.GENERATED, t0);
        write(() -> rsaKeys.add(second));

        assertEquals(List.of(second.id(), first.id()), unitOfWork.read(() -> rsaKeys.verifying(partner.id(),
                t0.plusSeconds(10), 10)).stream().map(RsaKey::id).toList());
        assertEquals(List.of(second.id()), unitOfWork.read(() -> rsaKeys.verifying(partner.id(),
                t0.plusSeconds(3600), 10)).stream().map(RsaKey::id).toList());

        assertEquals(1, unitOfWork.write(() -> rsaKeys.retire(partner.id(), t0.plusSeconds(7200),
                t0.plusSeconds(20))));
        assertEquals(List.of(second.id()), unitOfWork.read(() -> rsaKeys.verifying(partner.id(),
                t0.plusSeconds(30), 10)).stream().map(RsaKey::id).toList(), "the first retired at the second rotation");
        assertEquals(1, unitOfWork.read(() -> rsaKeys.verifying(partner.id(), t0.plusSeconds(30), 1)).size());
    }

    // --- used uuids ------------------------------------------------------------------------------------------

    @Test
    void a_uuid_is_used_once_per_partner() {
        Partner partner = newPartner("Uuid Co");
        Partner other = newPartner("Other Uuid Co");
        UUID uuid = UuidV7.next();

        assertTrue(unitOfWork.write(() -> usedUuids.use(partner.id(), uuid, now())));
        assertFalse(unitOfWork.write(() -> usedUuids.use(partner.id(), uuid, now())));
        assertTrue(unitOfWork.write(() -> usedUuids.use(other.id(), uuid, now())));
    }

    @Test
    void of_concurrent_uses_of_one_uuid_exactly_one_wins() throws Exception {
        Partner partner = newPartner("Race Uuid Co");
        UUID uuid = UuidV7.next();

        assertEquals(1, race(RACERS, () -> unitOfWork.write(() -> usedUuids.use(partner.id(), uuid, now()))));
    }

    @Test
    void a_use_rolled_back_with_its_unit_of_work_leaves_the_uuid_unused() {
        Partner partner = newPartner("Rollback Uuid Co");
        UUID uuid = UuidV7.next();
        try {
            unitOfWork.write(() -> {
                usedUuids.use(partner.id(), uuid, now());
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the whole unit rolled back
        }
        assertTrue(unitOfWork.write(() -> usedUuids.use(partner.id(), uuid, now())));
    }

    // --- customers -------------------------------------------------------------------------------------------

    @Test
    void stores_customers_with_a_user_id_unique_per_partner() {
        Partner partner = newPartner("Customers Co");
        Partner other = newPartner("Other Customers Co");
        Customer ada = Customer.register(partner.id(), "user_1", "Ada Lovelace", now());

        assertTrue(unitOfWork.write(() -> customers.addIfUserIdFree(ada)));
        assertFalse(unitOfWork.write(() -> customers.addIfUserIdFree(
                Customer.register(partner.id(), "user_1", "Someone Else", now()))));
        Customer bob = Customer.register(other.id(), "user_1", "Bob", now());
        assertTrue(unitOfWork.write(() -> customers.addIfUserIdFree(bob)));

        assertEquals(Optional.of(ada), unitOfWork.read(() -> customers.find(partner.id(), ada.id())));
        assertEquals(Optional.empty(), unitOfWork.read(() -> customers.find(other.id(), ada.id())));
        assertEquals(Optional.empty(), unitOfWork.read(() -> customers.find(partner.id(), CustomerId.generate())));
        assertEquals(Optional.of(ada), unitOfWork.read(() -> customers.findByUserId(partner.id(), "user_1")));
        assertEquals(Optional.of(bob), unitOfWork.read(() -> customers.findByUserId(other.id(), "user_1")));
        assertEquals(Optional.empty(), unitOfWork.read(() -> customers.findByUserId(partner.id(), "USER_1")));
    }

    @Test
    void of_concurrent_additions_of_one_user_id_exactly_one_wins() throws Exception {
        Partner partner = newPartner("Race Customers Co");

        assertEquals(1, race(RACERS, () -> unitOfWork.write(() -> customers.addIfUserIdFree(
                Customer.register(partner.id(), "racer", "Racer", now())))));
    }

    @Test
    void pages_a_partners_customers_in_creation_order() {
        Partner partner = newPartner("Paged Customers Co");
        Partner other = newPartner("Noise Co");
        List<CustomerId> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Customer customer = Customer.register(partner.id(), "user_" + i, "Name " + i, now());
            created.add(customer.id());
            write(() -> customers.addIfUserIdFree(customer));
            write(() -> customers.addIfUserIdFree(Customer.register(other.id(), "user_" + customer.id(), "N", now())));
        }
        List<CustomerId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            PageRequest current = request;
            Page<Customer> page = unitOfWork.read(() -> customers.page(partner.id(), current));
            page.items().forEach(customer -> seen.add(customer.id()));
            if (page.nextAfter().isEmpty()) {
                break;
            }
            request = new PageRequest(page.nextAfter(), 3);
        }
        assertEquals(created, seen);
    }
}
