package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;

/** A clear-text password on its way to being hashed; never stored, never printed. */
public final class Password {

    public static final int LENGTH_MIN = 10;
    public static final int LENGTH_MAX = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** A password a member may choose: long enough to resist guessing, short enough to hash cheaply. */
    public static Password choose(String value) {
        Require.present(value, "password");
        Require.that(value.length() >= LENGTH_MIN, "password must be at least " + LENGTH_MIN + " characters");
        Require.that(value.length() <= LENGTH_MAX, "password must be at most " + LENGTH_MAX + " characters");
        Require.that(!value.isBlank(), "password must not be blank");
        return new Password(value);
    }

    /** A password presented at sign-in: only bounded, since its strength is not ours to judge then. */
    public static Password presented(String value) {
        Require.present(value, "password");
        Require.that(value.length() <= LENGTH_MAX, "password must be at most " + LENGTH_MAX + " characters");
        return new Password(value);
    }

    char[] characters() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
