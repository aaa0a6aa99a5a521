package com.ledgerport.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised to lower case so that sign-in is case-insensitive.
 *
 * <p>The check is deliberately simple (one {@code @}, a dotted domain, no spaces, RFC 5321 length limits):
 * deliverability is the mail server's business, not ours. "No spaces" means every Unicode space and line
 * separator ({@code \p{Z}}), not just ASCII whitespace, and control characters ({@code \p{Cc}}) are refused
 * too: a NUL cannot even be stored in a PostgreSQL text column.
 */
public record Email(String value) {

    public static final int LENGTH_MAX = 254;
    public static final int LOCAL_LENGTH_MAX = 64;
    private static final String LOCAL_PART = "[^@\\s\\p{Cc}\\p{Z}]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern SHAPE = Pattern.compile(LOCAL_PART + "@" + LABEL + "(?:\\." + LABEL + ")+");

    public Email {
        Require.present(value, "email");
        Require.that(value.length() <= LENGTH_MAX, "email must be at most " + LENGTH_MAX + " characters");
        Require.that(value.equals(value.toLowerCase(Locale.ROOT)), "email must be normalised to lower case");
        Require.that(SHAPE.matcher(value).matches(), "email must look like name@example.com");
        Require.that(value.indexOf('@') <= LOCAL_LENGTH_MAX,
                "email local part must be at most " + LOCAL_LENGTH_MAX + " characters");
    }

    public static Email parse(String raw) {
        Require.present(raw, "email");
        return new Email(raw.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
