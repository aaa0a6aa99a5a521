package com.ledgerport.adapter.out.persistence;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The text of a statement that depends only on a count (e.g. {@code IN (?, ?)} for two values, or two rows of a
 * multi-row {@code INSERT}), made once per count instead of on every call; past {@link #CACHED_MAX} it is made
 * each time. Handing the driver the same string object also makes its statement-cache lookup cheap.
 */
final class SqlBySize {

    static final int CACHED_MAX = 32;

    private final IntFunction<String> make;
    private final AtomicReferenceArray<String> made = new AtomicReferenceArray<>(CACHED_MAX + 1);

    SqlBySize(IntFunction<String> make) {
        this.make = make;
    }

    /** A template with one {@code %s}, filled with {@code count} placeholders: {@code "… IN (%s)"}. */
    static SqlBySize inList(String template) {
        return new SqlBySize(count -> template.formatted(placeholders(count)));
    }

    /** {@code ?, ?, ?} for an IN list; only the count of values reaches the SQL text, never a value. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    String sql(int count) {
        if (count > CACHED_MAX) {
            return make.apply(count);
        }
        String sql = made.get(count);
        if (sql == null) {
            sql = make.apply(count);
            made.set(count, sql);
        }
        return sql;
    }
}
