package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpirePendingTransfersCommand;
import com.ledgerport.application.port.in.ExpirePendingTransfersUseCase.ExpiryRun;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires the pending transfers whose timeout has passed, every {@code ledgerport.ledger.expiry-interval}
 * (default 10 s). Every node runs it; an expiry is a transfer with a key derived from the hold, so two nodes
 * that pick the same hold expire it once. A run looks at {@value #BATCH_SIZE} holds at most; the next run takes
 * the rest.
 */
@Singleton
final class LedgerExpiryJob {

    static final int BATCH_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerExpiryJob.class);
    private static final CallContext CONTEXT = new CallContext(Actor.system(), "ledger-expiry");

    private final ExpirePendingTransfersUseCase expirePendingTransfers;

    LedgerExpiryJob(ExpirePendingTransfersUseCase expirePendingTransfers) {
        this.expirePendingTransfers = expirePendingTransfers;
    }

    @Scheduled(fixedDelay = "${ledgerport.ledger.expiry-interval:10s}",
            initialDelay = "${ledgerport.ledger.expiry-interval:10s}")
    void expireDueHolds() {
        try {
            ExpiryRun run = expirePendingTransfers.expireDue(new ExpirePendingTransfersCommand(BATCH_SIZE, CONTEXT));
            if (run.expired() > 0) {
                LOG.info("Expired {} pending transfer(s); {} were settled first elsewhere", run.expired(),
                        run.alreadySettled());
            }
        } catch (RuntimeException failed) {
            // The next run tries again; a failing run must not stop the schedule.
            LOG.warn("The expiry of pending transfers failed; retrying at the next interval", failed);
        }
    }
}
