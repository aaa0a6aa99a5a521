package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a new API key expires (seed 000): 24 h by default; or {@code ttl_seconds} from now; or an absolute
 * {@code expires_at} in Unix seconds — never both, never in the past, never beyond the configured maximum.
 */
public final class ApiKeyLifetime {

    private ApiKeyLifetime() {
    }

    public sealed interface Resolution permits Expiry, Refused {
    }

    public record Expiry(Instant expiresAt) implements Resolution {
    }

    /** @param field the request field at fault */
    public record Refused(String field, String message) implements Resolution {
    }

    public static Resolution resolve(Optional<Long> ttlSeconds, Optional<Long> expiresAtUnix, Instant now,
            Duration lifetimeMax) {
        Require.that(!lifetimeMax.isNegative() && !lifetimeMax.isZero(), "the maximum lifetime must be positive");
        if (ttlSeconds.isPresent() && expiresAtUnix.isPresent()) {
            return new Refused("ttl_seconds", "give ttl_seconds or expires_at, not both");
        }
        if (ttlSeconds.isPresent()) {
            long ttl = ttlSeconds.get();
            if (ttl <= 0) {
                return new Refused("ttl_seconds", "ttl_seconds must be positive");
            }
            if (ttl > lifetimeMax.toSeconds()) {
                return new Refused("ttl_seconds", "ttl_seconds must be at most " + lifetimeMax.toSeconds());
            }
            return new Expiry(now.plusSeconds(ttl));
        }
        if (expiresAtUnix.isPresent()) {
            long at = expiresAtUnix.get();
            if (at <= now.getEpochSecond()) {
                return new Refused("expires_at", "expires_at must be in the future (Unix seconds)");
            }
            if (at - now.getEpochSecond() > lifetimeMax.toSeconds()) {
                return new Refused("expires_at", "expires_at must be at most " + lifetimeMax.toSeconds()
                        + " seconds from now");
            }
            return new Expiry(Instant.ofEpochSecond(at));
        }
        Duration ttl = ApiKey.TTL_DEFAULT.compareTo(lifetimeMax) <= 0 ? ApiKey.TTL_DEFAULT : lifetimeMax;
        return new Expiry(now.plus(ttl));
    }
}
