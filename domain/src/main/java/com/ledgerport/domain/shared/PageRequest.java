package com.ledgerport.domain.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Keyset pagination: items strictly after {@code after} (in id order), at most {@code limit} of them.
 * Ids are UUIDv7, so id order is creation order and a page is stable under concurrent inserts.
 */
public record PageRequest(Optional<UUID> after, int limit) {

    public static final int LIMIT_MAX = 1_000;

    public PageRequest {
        Require.present(after, "after");
        Require.that(limit >= 1, "limit must be at least 1");
        Require.that(limit <= LIMIT_MAX, "limit must be at most " + LIMIT_MAX);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }
}
