package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A member's sign-in: it lives as long as its current refresh token, and every access token minted for it
 * names it, so revoking the session cuts off those access tokens at once.
 */
public record Session(
        SessionId id,
        MemberId memberId,
        PartnerId partnerId,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        String userAgent) {

    public static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration REFRESH_TOKEN_TTL = Duration.ofDays(60);
    public static final int USER_AGENT_LENGTH_MAX = 256;

    public Session {
        Require.present(id, "id");
        Require.present(memberId, "member id");
        Require.present(partnerId, "partner id");
        Require.present(createdAt, "created_at");
        Require.present(lastUsedAt, "last_used_at");
        Require.present(expiresAt, "expires_at");
        Require.present(revokedAt, "revoked_at");
        Require.present(userAgent, "user agent");
        Require.that(userAgent.length() <= USER_AGENT_LENGTH_MAX, "user agent is too long");
        Require.that(expiresAt.isAfter(createdAt), "a session must expire after it starts");
    }

    public static Session start(Member member, Instant now, String userAgent) {
        String agent = userAgent == null ? "" : truncate(userAgent.strip());
        return new Session(SessionId.generate(), member.id(), member.partnerId(), now, now,
                now.plus(REFRESH_TOKEN_TTL), Optional.empty(), agent);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    /** The session after a refresh: the new refresh token extends it by the refresh TTL. */
    public Session refreshedAt(Instant now) {
        return new Session(id, memberId, partnerId, createdAt, now, now.plus(REFRESH_TOKEN_TTL), revokedAt,
                userAgent);
    }

    public Session revokedAt(Instant now) {
        return new Session(id, memberId, partnerId, createdAt, lastUsedAt, expiresAt,
                Optional.of(revokedAt.orElse(now)), userAgent);
    }

    private static String truncate(String agent) {
        return agent.length() <= USER_AGENT_LENGTH_MAX ? agent : agent.substring(0, USER_AGENT_LENGTH_MAX);
    }
}
