package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

/** A transfer's id: a UUIDv7, so id order is the order in which transfers were applied to an account. */
public record TransferId(UUID value) implements Comparable<TransferId> {

    public TransferId {
        Require.present(value, "transfer id");
    }

    public static TransferId generate() {
        return new TransferId(UuidV7.next());
    }

    public static TransferId parse(String text) {
        return new TransferId(UuidV7.parse(text));
    }

    /** The smallest id greater than this one (same version and variant bits). */
    public TransferId successor() {
        return new TransferId(UuidV7.successor(value));
    }

    @Override
    public int compareTo(TransferId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
