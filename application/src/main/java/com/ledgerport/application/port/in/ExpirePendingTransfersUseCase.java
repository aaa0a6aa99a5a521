package com.ledgerport.application.port.in;

import com.ledgerport.application.port.out.Transfers;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.shared.Require;

/**
 * Expires the pending transfers whose timeout has passed, each in its own transaction. The expiry is a transfer
 * with a key derived from the pending one, so several nodes running this at once expire each hold once.
 */
public interface ExpirePendingTransfersUseCase {

    ExpiryRun expireDue(ExpirePendingTransfersCommand command);

    record ExpirePendingTransfersCommand(int limit, CallContext context) {

        public ExpirePendingTransfersCommand {
            Require.that(limit >= 1, "limit must be at least 1");
            Require.that(limit <= Transfers.DUE_FOR_EXPIRY_MAX,
                    "limit must be at most " + Transfers.DUE_FOR_EXPIRY_MAX);
            Require.present(context, "context");
        }
    }

    /**
     * @param expired        holds this run released
     * @param alreadySettled holds another run (or a post or void) settled first
     */
    record ExpiryRun(int expired, int alreadySettled) {
    }
}
