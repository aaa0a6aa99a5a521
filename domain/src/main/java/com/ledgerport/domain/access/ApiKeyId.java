package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;

/** API keys carry numeric ids, as seed 000 shows them. */
public record ApiKeyId(long value) {

    public ApiKeyId {
        Require.that(value > 0, "api key id must be positive");
    }

    public static ApiKeyId parse(String text) {
        Require.present(text, "api key id");
        Require.that(text.matches("[1-9][0-9]{0,17}"), "api key id must be a positive integer");
        try {
            return new ApiKeyId(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            throw new InvalidValueException("api key id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
