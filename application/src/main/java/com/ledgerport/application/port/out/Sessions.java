package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions and their refresh tokens, kept only as SHA-256 digests. A refresh token is single-use: rotating
 * it moves the old digest to a "used" set, so a second presentation can be recognised as reuse.
 */
public interface Sessions {

    int LIST_SIZE_MAX = 200;

    void add(Session session, String refreshDigest);

    Optional<Session> find(SessionId id);

    Optional<Session> findByRefreshDigest(String refreshDigest);

    /** The session whose refresh token once had this digest and has since been rotated away. */
    Optional<SessionId> findByUsedRefreshDigest(String refreshDigest);

    /**
     * Replaces the refresh token only if {@code oldDigest} is still the current one (compare-and-set), so two
     * concurrent refreshes with one token cannot both succeed.
     */
    boolean rotateRefresh(Session refreshed, String oldDigest, String newDigest);

    /** The member's sessions that are neither revoked nor expired at {@code now}, newest first. */
    List<Session> listActive(MemberId memberId, Instant now, int limit);

    /** Marks one session revoked; answers false when it was already revoked or does not exist. */
    boolean revoke(SessionId id, Instant now);

    /** Revokes every active session of the member; answers how many. */
    int revokeAll(MemberId memberId, Instant now);
}
