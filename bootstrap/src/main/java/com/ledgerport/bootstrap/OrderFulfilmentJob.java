package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.FulfilOrdersUseCase;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilOrdersCommand;
import com.ledgerport.application.port.in.FulfilOrdersUseCase.FulfilmentRun;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fulfils due orders every {@code ledgerport.orders.fulfilment-interval} (default 1 s), {@value #BATCH_SIZE} per
 * claim, claiming again at once while claims come back full. Every node runs it: claims skip the orders other
 * nodes hold locked, and each claim is leased to this node (its name is random per start) for
 * {@code ledgerport.orders.fulfilment-lease} (default 60 s); an order left {@code processing} by a node that died
 * is taken over when its lease ends.
 */
@Singleton
final class OrderFulfilmentJob {

    static final int BATCH_SIZE = 100;
    /** Claims in one tick at most, so a flood of orders cannot keep one scheduler thread forever. */
    static final int CLAIMS_PER_TICK_MAX = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OrderFulfilmentJob.class);
    private static final CallContext CONTEXT = new CallContext(Actor.system(), "order-fulfilment");

    private final FulfilOrdersUseCase fulfilOrders;
    private final Duration lease;
    private final String worker = "node-" + UUID.randomUUID();

    OrderFulfilmentJob(FulfilOrdersUseCase fulfilOrders,
            @Value("${ledgerport.orders.fulfilment-lease:60s}") Duration lease) {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("ledgerport.orders.fulfilment-lease must be between 1s and 1h");
        }
        this.fulfilOrders = fulfilOrders;
        this.lease = lease;
    }

    @Scheduled(fixedDelay = "${ledgerport.orders.fulfilment-interval:1s}",
            initialDelay = "${ledgerport.orders.fulfilment-interval:1s}")
    void fulfilDueOrders() {
        try {
            for (int claim = 0; claim < CLAIMS_PER_TICK_MAX; claim++) {
                FulfilmentRun run = fulfilOrders.fulfilDue(new FulfilOrdersCommand(worker, BATCH_SIZE, lease, CONTEXT));
                if (run.claimed() > 0) {
                    LOG.debug("Fulfilled orders: {}", run);
                }
                if (run.claimed() < BATCH_SIZE) {
                    return;
                }
            }
        } catch (RuntimeException failed) {
            // The next tick tries again; a failing run must not stop the schedule.
            LOG.warn("Order fulfilment failed; retrying at the next interval", failed);
        }
    }
}
