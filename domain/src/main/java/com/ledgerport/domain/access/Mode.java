package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.Locale;

/** Test or live: carried by API keys and access tokens, and by event topics (seed 004). */
public enum Mode {
    TEST,
    LIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode parse(String text) {
        for (Mode mode : values()) {
            if (mode.wireName().equals(text)) {
                return mode;
            }
        }
        throw new InvalidValueException("mode must be test or live");
    }
}
