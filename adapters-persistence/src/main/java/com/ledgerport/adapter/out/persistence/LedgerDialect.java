package com.ledgerport.adapter.out.persistence;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What the ledger's SQL does differently on the two databases; everything else is one statement for both
 * (each is exercised on H2 and on PostgreSQL by the persistence suite).
 *
 * <p>Two differences. First, PostgreSQL's driver takes several statements in one prepared statement and sends
 * them in one round trip; H2 takes one at a time. The journal sends a posting's writes together where it can.
 *
 * <p>Second, H2 gives up waiting for a row lock after its session's {@code LOCK_TIMEOUT} (one
 * second by default), and sixteen transfers queueing on one account easily wait longer. PostgreSQL waits as
 * long as it takes (its {@code lock_timeout} is off), which is what a ledger wants: the queue drains in lock
 * order and no transfer fails for having waited. So on H2 each transaction raises its session's timeout before
 * it locks; the statement is local to the embedded engine and costs no round trip.
 *
 * <p>Third, stock claims. On PostgreSQL a claim takes the oldest unsold items with {@code FOR UPDATE SKIP LOCKED}:
 * rows locked by a concurrent claim are skipped <em>before</em> the {@code LIMIT} counts, so concurrent claims on
 * one SKU take disjoint items without waiting for each other. H2 2.5 accepts {@code SKIP LOCKED}, but with it
 * sixteen threads on one SKU left half the stock unsold while claims answered "none left"
 * ({@code StockClaimConcurrencyIT} showed it; the locked rows seem to be dropped after the {@code LIMIT} counted
 * them). So on H2 a claim first locks the SKU's
 * row, which serialises the claims of one SKU (the embedded engine serves one node), and then reads the oldest
 * unsold items with a plain {@code FOR UPDATE}. Either way the claim's compare-and-set
 * ({@code … AND order_id IS NULL}) would refuse to sell an item twice.
 */
@Singleton
final class LedgerDialect {

    /** How long an H2 transaction waits for an account lock before failing. */
    static final int H2_LOCK_TIMEOUT_MS = 30_000;

    enum Engine {
        POSTGRESQL,
        H2
    }

    private final Jdbc jdbc;
    private volatile Engine engine;

    LedgerDialect(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Engine engine() {
        Engine known = engine;
        if (known == null) {
            try {
                String product = jdbc.connection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                known = product.contains("h2") ? Engine.H2 : Engine.POSTGRESQL;
            } catch (SQLException failure) {
                throw new PersistenceException("could not tell which database this is", failure);
            }
            engine = known;
        }
        return known;
    }

    /** Can several statements go to the database as one (one round trip)? */
    boolean sendsStatementsTogether() {
        return engine() == Engine.POSTGRESQL;
    }

    /** Does a stock claim skip rows other claims hold (PostgreSQL), rather than first lock the SKU (H2)? */
    boolean claimsSkipLockedItems() {
        return engine() == Engine.POSTGRESQL;
    }

    /** The locking clause of the query that picks the unsold items a claim takes. */
    String claimLocking() {
        return claimsSkipLockedItems() ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
    }

    /** Called in a transaction before it takes account locks. */
    void beforeLocking() {
        if (engine() == Engine.H2) {
            jdbc.update("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS, Jdbc.none());
        }
    }
}
