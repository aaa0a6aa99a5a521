package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.ForgetExpiredSignaturesUseCase;
import com.ledgerport.application.port.in.ForgetExpiredSignaturesUseCase.ForgetExpiredSignaturesCommand;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, forgets remembered seed 002 signatures whose timestamps can no longer be fresh, so the replay
 * guard stays as small as the traffic of the last few minutes. Each node sweeps; deleting is idempotent.
 */
@Singleton
final class SeenSignatureSweeper {

    static final int BATCH_SIZE = 1_000;
    static final String INTERVAL = "1m";
    private static final Logger LOG = LoggerFactory.getLogger(SeenSignatureSweeper.class);

    private final ForgetExpiredSignaturesUseCase forgetExpiredSignatures;

    SeenSignatureSweeper(ForgetExpiredSignaturesUseCase forgetExpiredSignatures) {
        this.forgetExpiredSignatures = forgetExpiredSignatures;
    }

    @Scheduled(fixedDelay = INTERVAL, initialDelay = INTERVAL)
    void sweep() {
        try {
            int forgotten = forgetExpiredSignatures.forget(new ForgetExpiredSignaturesCommand(BATCH_SIZE)).count();
            LOG.debug("forgot {} expired request signatures", forgotten);
        } catch (RuntimeException failed) {
            // The next run tries again; a database outage must not stop the schedule.
            LOG.warn("sweeping expired request signatures failed", failed);
        }
    }
}
