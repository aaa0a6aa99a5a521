package com.ledgerport.domain.shared;

/** One-line checks for compact constructors: each states one condition and says what broke. */
public final class Require {

    private Require() {
    }

    /**
     * The value, or a {@link NullPointerException} saying which one is missing. Written without a message
     * supplier: every record constructor calls this, and the capturing lambda was an allocation per call on the
     * ledger's hot path.
     */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " is required");
        }
        return value;
    }

    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValueException(message);
        }
    }

    /** A non-blank single-line text of bounded length without control characters (NUL, escapes, newlines). */
    public static String text(String value, String name, int lengthMax) {
        present(value, name);
        // Messages are built only on failure: this runs for every text field of every record.
        if (value.isBlank()) {
            throw new InvalidValueException(name + " must not be blank");
        }
        if (value.length() > lengthMax) {
            throw new InvalidValueException(name + " must be at most " + lengthMax + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(name + " must not contain control characters");
            }
        }
        return value;
    }
}
