package com.ledgerport.domain.catalog;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;

/** Categories carry numeric ids, as seed 002's {@code category_id} filter shows. */
public record CategoryId(long value) {

    public CategoryId {
        Require.that(value > 0, "category id must be positive");
    }

    public static CategoryId parse(String text) {
        Require.present(text, "category_id");
        Require.that(text.matches("[1-9][0-9]{0,17}"), "category_id must be a positive integer");
        try {
            return new CategoryId(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            throw new InvalidValueException("category_id must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
