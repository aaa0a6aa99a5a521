package com.ledgerport.application.port.in;

import com.ledgerport.application.port.out.Orders;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.shared.Require;
import java.time.Duration;

/**
 * One fulfilment run of one node: claims up to {@code limit} due orders under a lease ({@code created →
 * processing}), then finishes each in its own transaction — delivers, moves it to completed, partially_completed
 * or failed, settles its reservation (post, partial post, void) and writes its {@code order.status_changed}
 * event. Several nodes may run at once: they claim disjoint orders, and an order whose node died is taken over
 * once its lease ends.
 */
public interface FulfilOrdersUseCase {

    FulfilmentRun fulfilDue(FulfilOrdersCommand command);

    /** @param worker this node's name in the leases it takes (at most 64 characters) */
    record FulfilOrdersCommand(String worker, int limit, Duration lease, CallContext context) {

        public FulfilOrdersCommand {
            Require.text(worker, "worker", 64);
            Require.that(limit >= 1 && limit <= Orders.CLAIM_MAX, "limit must be 1.." + Orders.CLAIM_MAX);
            Require.present(lease, "lease");
            Require.that(!lease.isNegative() && !lease.isZero(), "lease must be positive");
            Require.present(context, "context");
        }
    }

    /** What a run did: orders claimed, and how those it finished ended (a lost lease or a failure skips one). */
    record FulfilmentRun(int claimed, int completed, int partiallyCompleted, int failed, int skipped) {

        public int finished() {
            return completed + partiallyCompleted + failed;
        }
    }
}
