package com.ledgerport.adapter.out.persistence;

import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BalanceTransactions;
import com.ledgerport.application.port.out.LedgerAccounts;
import com.ledgerport.application.port.out.LedgerJournal;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.testing.LedgerOp;
import com.ledgerport.application.testing.LedgerOperations;
import com.ledgerport.application.testing.LedgerServiceSet;
import com.ledgerport.application.testing.LedgerWorld;
import com.ledgerport.application.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The scenarios of the application's {@code LedgerServicesProperties}, run against the JDBC adapters on a real
 * database (H2 by default, PostgreSQL with -Ppostgresql). Fewer and shorter scenarios than in memory: each step
 * is followed by a full check of every account, hold and history, which is many queries.
 */
class JdbcLedgerProperties {

    private static TestDatabase database;
    private static ApplicationContext context;

    @BeforeContainer
    static void startDatabase() {
        database = TestDatabase.create();
        context = ApplicationContext.run(new HashMap<String, Object>(database.properties()));
    }

    @AfterContainer
    static void stopDatabase() {
        if (context != null) {
            context.close();
        }
        database.close();
    }

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void every_scenario_keeps_the_ledger_invariants_on_the_database(@ForAll("scenarios") List<LedgerOp> steps) {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        LedgerServiceSet services = new LedgerServiceSet(context.getBean(UnitOfWork.class),
                context.getBean(Partners.class), context.getBean(LedgerAccounts.class),
                context.getBean(Transfers.class), context.getBean(BalanceTransactions.class),
                context.getBean(LedgerJournal.class), context.getBean(AuditLog.class), clock);
        LedgerWorld world = LedgerWorld.create(services, clock);
        try {
            world.run(steps);
        } finally {
            // Worlds share the database: leave no hold open for a later world's expiry run to find.
            world.finish();
        }
    }

    @Provide
    Arbitrary<List<LedgerOp>> scenarios() {
        return LedgerOperations.scenarios(30);
    }

}
