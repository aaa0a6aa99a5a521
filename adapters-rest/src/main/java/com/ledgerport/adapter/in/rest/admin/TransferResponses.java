package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferResult;
import io.micronaut.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * A money-moving call's answer: {@code 201} with the transfer it applied; {@code 200} with the same transfer when
 * the call repeats an earlier one (same idempotency key, same parameters), marked {@code Idempotent-Replayed:
 * true}; otherwise the refusal as an error.
 */
final class TransferResponses {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private TransferResponses() {
    }

    static HttpResponse<Map<String, Object>> of(TransferResult result,
            Function<TransferRejection, ApiException> refusal) {
        if (result instanceof TransferResult.Applied applied) {
            return HttpResponse.created(LedgerViews.transfer(applied.transfer()));
        }
        if (result instanceof TransferResult.AlreadyApplied replayed) {
            return HttpResponse.ok(LedgerViews.transfer(replayed.transfer())).header(REPLAYED_HEADER, "true");
        }
        throw refusal.apply(((TransferResult.Rejected) result).reason());
    }
}
