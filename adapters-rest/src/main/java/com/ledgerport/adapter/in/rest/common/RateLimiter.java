package com.ledgerport.adapter.in.rest.common;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per credential per minute, per surface (SPEC.md §2.8): a token bucket per (surface, credential)
 * that holds up to a minute's allowance and refills continuously. Over the limit, the call fails with a 429
 * whose {@code Retry-After} says when the next request will be accepted.
 *
 * <p>The buckets live in this node's memory, so with several nodes behind a balancer a credential may use up
 * to the limit on each node; the limit protects each node, it is not a billing quota. Idle buckets are
 * dropped when the table grows past {@link #BUCKETS_MAX}.
 */
@Singleton
public final class RateLimiter {

    public static final int BUCKETS_MAX = 100_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Clock clock;
    private final Map<Surface, Integer> perMinute = new EnumMap<>(Surface.class);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock,
            @Value("${ledgerport.rate-limits.admin:600}") int admin,
            @Value("${ledgerport.rate-limits.account:600}") int account,
            @Value("${ledgerport.rate-limits.platform:600}") int platform,
            @Value("${ledgerport.rate-limits.partner:600}") int partner,
            @Value("${ledgerport.rate-limits.wallet:100}") int wallet,
            @Value("${ledgerport.rate-limits.certificates:10}") int certificates) {
        this.clock = clock;
        perMinute.put(Surface.ADMIN, positive(admin));
        perMinute.put(Surface.ACCOUNT, positive(account));
        perMinute.put(Surface.PLATFORM, positive(platform));
        perMinute.put(Surface.PARTNER, positive(partner));
        perMinute.put(Surface.WALLET, positive(wallet));
        perMinute.put(Surface.CERTIFICATES, positive(certificates));
        perMinute.put(Surface.OTHER, positive(admin));
    }

    /** Takes one request from the credential's allowance on the surface of {@code path}, or throws a 429. */
    public void acquire(String path, String credential) {
        Surface surface = Surface.of(path);
        int limit = perMinute.get(surface);
        if (buckets.size() >= BUCKETS_MAX) {
            long now = nanos();
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        Bucket bucket = buckets.computeIfAbsent(surface.name() + "|" + credential, key -> new Bucket(limit, nanos()));
        long waitNanos = bucket.take(nanos());
        if (waitNanos > 0) {
            throw ApiException.rateLimited(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    public int limitPerMinute(Surface surface) {
        return perMinute.get(surface);
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static int positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1 per minute");
        }
        return limit;
    }

    /** Capacity {@code limit} tokens, refilled at {@code limit} per minute; all arithmetic in nanoseconds. */
    private static final class Bucket {

        private final int limit;
        private final long nanosPerToken;
        private double tokens;
        private long updatedAt;

        Bucket(int limit, long now) {
            this.limit = limit;
            this.nanosPerToken = NANOS_PER_MINUTE / limit;
            this.tokens = limit;
            this.updatedAt = now;
        }

        /** Takes a token and answers 0, or answers how long until one is available. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * nanosPerToken);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= limit;
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(limit, tokens + (double) (now - updatedAt) / nanosPerToken);
                updatedAt = now;
            }
        }
    }
}
