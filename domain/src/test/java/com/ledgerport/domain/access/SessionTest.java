package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration NANO = Duration.ofNanos(1);

    private final Member member = new Member(MemberId.generate(), PartnerId.generate(), Email.parse("ada@example.com"),
            new PasswordHash("pbkdf2-sha256$1000$c2FsdA$ZGlnZXN0"), NOW.minus(Duration.ofDays(3)));

    @Test
    void a_new_session_belongs_to_the_member_and_lasts_one_refresh_ttl() {
        Session session = Session.start(member, NOW, "  curl/8.5  ");

        assertEquals(member.id(), session.memberId());
        assertEquals(member.partnerId(), session.partnerId());
        assertEquals(NOW, session.createdAt());
        assertEquals(NOW, session.lastUsedAt());
        assertEquals(NOW.plus(Session.REFRESH_TOKEN_TTL), session.expiresAt());
        assertEquals(Optional.empty(), session.revokedAt());
        assertEquals("curl/8.5", session.userAgent());
        assertEquals(7, session.id().value().version());
    }

    @Test
    void two_sessions_have_different_ids() {
        assertFalse(Session.start(member, NOW, "a").id().equals(Session.start(member, NOW, "a").id()));
    }

    @Test
    void a_missing_user_agent_is_empty_and_a_long_one_is_cut() {
        assertEquals("", Session.start(member, NOW, null).userAgent());
        String longAgent = "x".repeat(Session.USER_AGENT_LENGTH_MAX + 50);
        assertEquals("x".repeat(Session.USER_AGENT_LENGTH_MAX), Session.start(member, NOW, longAgent).userAgent());
    }

    @Test
    void a_session_is_active_until_the_instant_it_expires() {
        Session session = Session.start(member, NOW, "agent");
        Instant expiry = session.expiresAt();

        assertTrue(session.isActiveAt(NOW));
        assertTrue(session.isActiveAt(expiry.minus(NANO)));
        assertFalse(session.isActiveAt(expiry));
        assertFalse(session.isActiveAt(expiry.plus(Duration.ofDays(1))));
    }

    @Test
    void a_refresh_extends_the_session_from_the_refresh_time() {
        Session session = Session.start(member, NOW, "agent");
        Instant later = NOW.plus(Duration.ofDays(59));

        Session refreshed = session.refreshedAt(later);

        assertEquals(session.id(), refreshed.id());
        assertEquals(NOW, refreshed.createdAt());
        assertEquals(later, refreshed.lastUsedAt());
        assertEquals(later.plus(Session.REFRESH_TOKEN_TTL), refreshed.expiresAt());
        assertTrue(refreshed.isActiveAt(session.expiresAt()));
        assertFalse(session.isActiveAt(session.expiresAt()));
    }

    @Test
    void a_revoked_session_is_inactive_even_before_it_expires() {
        Session revoked = Session.start(member, NOW, "agent").revokedAt(NOW.plus(Duration.ofMinutes(5)));

        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), revoked.revokedAt());
        assertFalse(revoked.isActiveAt(NOW.plus(Duration.ofMinutes(6))));
    }

    @Test
    void revoking_again_keeps_the_first_revocation_time() {
        Instant first = NOW.plus(Duration.ofMinutes(5));
        Session revoked = Session.start(member, NOW, "agent").revokedAt(first);

        Session revokedAgain = revoked.revokedAt(first.plus(Duration.ofHours(1)));

        assertEquals(Optional.of(first), revokedAgain.revokedAt());
    }

    @Test
    void refreshing_a_revoked_session_does_not_revive_it() {
        Session revoked = Session.start(member, NOW, "agent").revokedAt(NOW.plus(Duration.ofMinutes(5)));

        Session refreshed = revoked.refreshedAt(NOW.plus(Duration.ofMinutes(10)));

        assertEquals(revoked.revokedAt(), refreshed.revokedAt());
        assertFalse(refreshed.isActiveAt(NOW.plus(Duration.ofMinutes(11))));
    }

    @Test
    void a_session_must_expire_after_it_starts() {
        Session session = Session.start(member, NOW, "agent");

        assertThrows(InvalidValueException.class, () -> new Session(session.id(), session.memberId(),
                session.partnerId(), NOW, NOW, NOW, Optional.empty(), ""));
        assertThrows(InvalidValueException.class, () -> new Session(session.id(), session.memberId(),
                session.partnerId(), NOW, NOW, NOW.minus(NANO), Optional.empty(), ""));
    }

    @Test
    void the_constructor_refuses_an_overlong_user_agent_and_missing_parts() {
        Session s = Session.start(member, NOW, "agent");
        String tooLong = "x".repeat(Session.USER_AGENT_LENGTH_MAX + 1);

        assertThrows(InvalidValueException.class, () -> new Session(s.id(), s.memberId(), s.partnerId(),
                s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.revokedAt(), tooLong));
        assertThrows(NullPointerException.class, () -> new Session(s.id(), s.memberId(), s.partnerId(),
                s.createdAt(), s.lastUsedAt(), s.expiresAt(), null, s.userAgent()));
        assertThrows(NullPointerException.class, () -> new Session(null, s.memberId(), s.partnerId(),
                s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.revokedAt(), s.userAgent()));
    }

    @Test
    void a_member_never_prints_its_password_hash() {
        assertFalse(member.toString().contains("pbkdf2"));
        assertTrue(member.toString().contains("ada@example.com"));
    }
}
