package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.DatabaseHealth;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.OperatorCredentials;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.PasswordHash;
import com.ledgerport.domain.access.SecretToken;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerStatus;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The foundation's JDBC adapters against a real database: H2 by default, PostgreSQL with -Ppostgresql. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundationPersistenceIT implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    Members members;
    @Inject
    Sessions sessions;
    @Inject
    AuditLog auditLog;
    @Inject
    OperatorCredentials operatorCredentials;
    @Inject
    DatabaseHealth databaseHealth;

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
        unitOfWork.write(() -> {
            partners.add(partner);
            return null;
        });
        return partner;
    }

    private Member newMember(Partner partner, String email) {
        Member member = new Member(MemberId.generate(), partner.id(), Email.parse(email),
                new PasswordHash("pbkdf2-sha256$1000$c2FsdA$ZGlnZXN0"), now());
        assertTrue(unitOfWork.write(() -> members.addIfEmailFree(member)));
        return member;
    }

    @Test
    void stores_and_reads_back_a_partner_exactly() {
        Partner partner = newPartner("Acme Digital");
        assertEquals(Optional.of(partner), unitOfWork.read(() -> partners.find(partner.id())));
    }

    @Test
    void changes_a_partner_status_and_reports_unknown_partners() {
        Partner partner = newPartner("Status Ltd");
        Partner suspended = partner.withStatus(PartnerStatus.SUSPENDED);
        assertTrue(unitOfWork.write(() -> partners.update(suspended)));
        assertEquals(PartnerStatus.SUSPENDED, unitOfWork.read(() -> partners.find(partner.id())).get().status());
        Partner ghost = Partner.register("Ghost", Currency.of("EUR"), now());
        assertFalse(unitOfWork.write(() -> partners.update(ghost)));
    }

    @Test
    void pages_partners_in_creation_order_without_gaps_or_repeats() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            created.add(newPartner("Paged " + i).id().value());
        }
        List<UUID> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        while (true) {
            PageRequest current = request;
            Page<Partner> page = unitOfWork.read(() -> partners.page(current));
            page.items().forEach(partner -> seen.add(partner.id().value()));
            if (page.nextAfter().isEmpty()) {
                break;
            }
            request = new PageRequest(page.nextAfter(), 7);
        }
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no partner appears twice");
        List<UUID> ours = seen.stream().filter(created::contains).toList();
        assertEquals(created, ours, "every partner appears, in creation order");
    }

    @Test
    void refuses_a_second_member_with_the_same_email_even_when_racing() throws Exception {
        Partner partner = newPartner("Race Co");
        Email email = Email.parse("race@example.com");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    Member member = new Member(MemberId.generate(), partner.id(), email,
                            new PasswordHash("pbkdf2-sha256$1000$c2FsdA$ZGlnZXN0"), now());
                    return unitOfWork.write(() -> members.addIfEmailFree(member));
                }));
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> result : results) {
                added += result.get() ? 1 : 0;
            }
            assertEquals(1, added);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(unitOfWork.read(() -> members.findByEmail(email)).isPresent());
    }

    @Test
    void rotates_a_refresh_token_only_once_and_remembers_the_used_one() {
        Partner partner = newPartner("Session Co");
        Member member = newMember(partner, "session@example.com");
        Session session = Session.start(member, now(), "test-agent");
        String first = SecretToken.digest("first");
        String second = SecretToken.digest("second");
        unitOfWork.write(() -> {
            sessions.add(session, first);
            return null;
        });
        assertEquals(Optional.of(session), unitOfWork.read(() -> sessions.findByRefreshDigest(first)));

        Session refreshed = session.refreshedAt(now().plusSeconds(5));
        assertTrue(unitOfWork.write(() -> sessions.rotateRefresh(refreshed, first, second)));
        assertFalse(unitOfWork.write(() -> sessions.rotateRefresh(refreshed, first, SecretToken.digest("third"))),
                "the old digest is no longer current");
        assertEquals(Optional.of(session.id()), unitOfWork.read(() -> sessions.findByUsedRefreshDigest(first)));
        assertTrue(unitOfWork.read(() -> sessions.findByRefreshDigest(first)).isEmpty());
        assertEquals(refreshed.expiresAt(),
                unitOfWork.read(() -> sessions.findByRefreshDigest(second)).get().expiresAt());
    }

    @Test
    void lists_only_active_sessions_and_revokes_idempotently() {
        Partner partner = newPartner("Revoke Co");
        Member member = newMember(partner, "revoke@example.com");
        Instant now = now();
        List<Session> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Session session = Session.start(member, now, "agent " + i);
            started.add(session);
            unitOfWork.write(() -> {
                sessions.add(session, SecretToken.digest(session.id().toString()));
                return null;
            });
        }
        assertTrue(unitOfWork.write(() -> sessions.revoke(started.get(0).id(), now)));
        assertFalse(unitOfWork.write(() -> sessions.revoke(started.get(0).id(), now)), "already revoked");

        List<Session> active = unitOfWork.read(() -> sessions.listActive(member.id(), now, 10));
        assertEquals(List.of(started.get(2).id(), started.get(1).id()), active.stream().map(Session::id).toList());
        Instant afterExpiry = now.plus(Session.REFRESH_TOKEN_TTL).plus(Duration.ofSeconds(1));
        assertTrue(unitOfWork.read(() -> sessions.listActive(member.id(), afterExpiry, 10)).isEmpty());

        assertEquals(2, unitOfWork.write(() -> sessions.revokeAll(member.id(), now)));
        assertTrue(unitOfWork.read(() -> sessions.listActive(member.id(), now, 10)).isEmpty());
    }

    @Test
    void filters_and_pages_the_audit_log() {
        Partner partner = newPartner("Audit Co");
        CallContext context = new CallContext(Actor.operator(), "req-audit");
        Instant base = now();
        unitOfWork.write(() -> {
            for (int i = 0; i < 5; i++) {
                auditLog.append(AuditRecord.of(context, base.plusSeconds(i), Optional.of(partner.id()), "test.audit",
                        "target-" + i, AuditRecord.SUCCEEDED));
            }
            auditLog.append(AuditRecord.of(context, base, Optional.empty(), "test.other", "", "rejected:x"));
            return null;
        });
        AuditLog.Filter ofPartner = new AuditLog.Filter(Optional.of(partner.id()), Optional.of("test.audit"),
                Optional.of(base.plusSeconds(1)), Optional.of(base.plusSeconds(4)));
        Page<AuditRecord> page = unitOfWork.read(() -> auditLog.page(ofPartner, PageRequest.first(2)));
        assertEquals(List.of("target-1", "target-2"), page.items().stream().map(AuditRecord::target).toList());
        Page<AuditRecord> next = unitOfWork.read(() -> auditLog.page(ofPartner, new PageRequest(page.nextAfter(), 2)));
        assertEquals(List.of("target-3"), next.items().stream().map(AuditRecord::target).toList());
        assertTrue(next.nextAfter().isEmpty());
        AuditRecord stored = page.items().get(0);
        assertEquals("operator", stored.actor().describe());
        assertEquals("req-audit", stored.requestId());
    }

    @Test
    void keeps_the_first_operator_credential_only() {
        Optional<String> before = unitOfWork.read(operatorCredentials::storedDigest);
        boolean first = unitOfWork.write(() -> operatorCredentials.storeIfAbsent(SecretToken.digest("a"), now()));
        boolean second = unitOfWork.write(() -> operatorCredentials.storeIfAbsent(SecretToken.digest("b"), now()));
        assertFalse(second);
        assertEquals(before.isEmpty(), first);
        assertEquals(before.orElse(SecretToken.digest("a")), unitOfWork.read(operatorCredentials::storedDigest).get());
    }

    @Test
    void rolls_back_everything_a_failed_unit_of_work_wrote() {
        Partner partner = Partner.register("Rollback Co", Currency.of("EUR"), now());
        assertThrows(IllegalStateException.class, () -> unitOfWork.write(() -> {
            partners.add(partner);
            throw new IllegalStateException("boom");
        }));
        assertTrue(unitOfWork.read(() -> partners.find(partner.id())).isEmpty());
    }

    @Test
    void reports_a_reachable_database_as_healthy() {
        assertTrue(databaseHealth.isReachable(Duration.ofSeconds(2)));
    }
}
