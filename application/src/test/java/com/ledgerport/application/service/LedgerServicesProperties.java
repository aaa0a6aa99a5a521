package com.ledgerport.application.service;

import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryLedger;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.LedgerOp;
import com.ledgerport.application.testing.LedgerOperations;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.LedgerWorld;
import com.ledgerport.application.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;

/**
 * Random scenarios (funding, transfers, holds, partial posts, voids, expiry, reversals, linked batches, replays
 * of earlier commands, overdraft changes) over the in-memory adapters; {@link LedgerWorld} lists the invariants
 * checked after every step. The persistence suite runs the same scenarios against the database.
 */
class LedgerServicesProperties {

    /** Edge-case mixing is off: it would mostly pick the generators' extremes and starve the ordinary paths. */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void every_scenario_keeps_the_ledger_invariants(@ForAll("scenarios") List<LedgerOp> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        InMemoryAuditLog auditLog = new InMemoryAuditLog();
        InMemoryLedger ledger = new InMemoryLedger(auditLog);
        LedgerServiceSet services = new LedgerServiceSet(new InMemoryUnitOfWork(), new InMemoryPartners(), ledger,
                ledger, ledger, ledger, auditLog, clock);
        LedgerWorld world = LedgerWorld.create(services, clock);
        world.run(steps);
        world.finish();
    }

    @Provide
    Arbitrary<List<LedgerOp>> scenarios() {
        return LedgerOperations.scenarios(40);
    }
}
