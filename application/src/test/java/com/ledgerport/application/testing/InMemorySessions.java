package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class InMemorySessions implements Sessions {

    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final Map<SessionId, String> currentDigest = new HashMap<>();
    private final Map<String, SessionId> usedDigests = new HashMap<>();

    @Override
    public synchronized void add(Session session, String refreshDigest) {
        sessions.put(session.id(), session);
        currentDigest.put(session.id(), refreshDigest);
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<Session> findByRefreshDigest(String refreshDigest) {
        return currentDigest.entrySet().stream()
                .filter(entry -> entry.getValue().equals(refreshDigest))
                .map(entry -> sessions.get(entry.getKey()))
                .findFirst();
    }

    @Override
    public synchronized Optional<SessionId> findByUsedRefreshDigest(String refreshDigest) {
        return Optional.ofNullable(usedDigests.get(refreshDigest));
    }

    @Override
    public synchronized boolean rotateRefresh(Session refreshed, String oldDigest, String newDigest) {
        Session stored = sessions.get(refreshed.id());
        if (stored == null || stored.revokedAt().isPresent()
                || !Objects.equals(currentDigest.get(refreshed.id()), oldDigest)) {
            return false;
        }
        sessions.put(refreshed.id(), refreshed);
        currentDigest.put(refreshed.id(), newDigest);
        usedDigests.put(oldDigest, refreshed.id());
        return true;
    }

    @Override
    public synchronized List<Session> listActive(MemberId memberId, Instant now, int limit) {
        return sessions.values().stream()
                .filter(session -> session.memberId().equals(memberId) && session.isActiveAt(now))
                .sorted(Comparator.comparing((Session session) -> session.id().value()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean revoke(SessionId id, Instant now) {
        Session session = sessions.get(id);
        if (session == null || session.revokedAt().isPresent()) {
            return false;
        }
        sessions.put(id, session.revokedAt(now));
        return true;
    }

    @Override
    public synchronized int revokeAll(MemberId memberId, Instant now) {
        List<SessionId> active = listActive(memberId, now, Integer.MAX_VALUE).stream().map(Session::id).toList();
        active.forEach(id -> revoke(id, now));
        return active.size();
    }
}
