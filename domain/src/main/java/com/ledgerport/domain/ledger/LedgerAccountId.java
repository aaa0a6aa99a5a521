package com.ledgerport.domain.ledger;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record LedgerAccountId(UUID value) implements Comparable<LedgerAccountId> {

    public LedgerAccountId {
        Require.present(value, "ledger account id");
    }

    public static LedgerAccountId generate() {
        return new LedgerAccountId(UuidV7.next());
    }

    public static LedgerAccountId parse(String text) {
        return new LedgerAccountId(UuidV7.parse(text));
    }

    /** Accounts are locked in this order, so two transfers never wait for each other in a cycle. */
    @Override
    public int compareTo(LedgerAccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
