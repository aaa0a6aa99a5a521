package com.ledgerport.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of items and, when more follow, the id to continue after. */
public record Page<T>(List<T> items, Optional<UUID> nextAfter) {

    public Page {
        items = List.copyOf(items);
        Require.present(nextAfter, "next");
    }

    /**
     * Builds a page from up to {@code limit + 1} fetched rows: the extra row only proves that more exist.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, UUID> idOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Optional.of(idOf.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextAfter);
    }
}
