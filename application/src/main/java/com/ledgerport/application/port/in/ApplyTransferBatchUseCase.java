package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.Ledger;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferRequest;
import com.ledgerport.domain.shared.Require;
import java.util.List;

/**
 * Applies linked transfers all or none, in one database transaction: each sees the effects of those before it.
 * See {@link Ledger#decideBatch} for what a refused or replayed batch answers.
 */
public interface ApplyTransferBatchUseCase {

    BatchResult apply(ApplyTransferBatchCommand command);

    record ApplyTransferBatchCommand(List<TransferRequest> requests, CallContext context) {

        public ApplyTransferBatchCommand {
            requests = List.copyOf(requests);
            Require.that(!requests.isEmpty(), "a batch has at least one transfer");
            Require.that(requests.size() <= Ledger.BATCH_SIZE_MAX,
                    "a batch has at most " + Ledger.BATCH_SIZE_MAX + " transfers");
            Require.present(context, "context");
        }
    }

    sealed interface BatchResult permits AllApplied, AllAlreadyApplied, Rejected {
    }

    record AllApplied(List<Transfer> transfers) implements BatchResult {
    }

    record AllAlreadyApplied(List<Transfer> transfers) implements BatchResult {
    }

    /** One reason per request, in request order. */
    record Rejected(List<TransferRejection> reasons) implements BatchResult {
    }
}
