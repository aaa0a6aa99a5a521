package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.GetTransferUseCase;
import com.ledgerport.application.port.in.GetTransferUseCase.GetTransferQuery;
import com.ledgerport.application.port.in.PostPendingTransferUseCase;
import com.ledgerport.application.port.in.PostPendingTransferUseCase.PostPendingTransferCommand;
import com.ledgerport.application.port.in.ReverseTransferUseCase;
import com.ledgerport.application.port.in.ReverseTransferUseCase.ReverseTransferCommand;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase;
import com.ledgerport.application.port.in.VoidPendingTransferUseCase.VoidPendingTransferCommand;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.ledger.IdempotencyKey;
import com.ledgerport.domain.ledger.TargetTransfer;
import com.ledgerport.domain.ledger.TransferId;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Operator API: a transfer, and the operator's actions on it. Each action has a key derived from the transfer
 * ({@code operator-post:<id>}, {@code operator-void:<id>}, {@code reversal:<id>}), so repeating it answers
 * {@code 200} with the first result; the first time it answers {@code 201}.
 */
@Controller("/admin/v1/transfers")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TransfersController {

    private final GetTransferUseCase getTransfer;
    private final PostPendingTransferUseCase postPendingTransfer;
    private final VoidPendingTransferUseCase voidPendingTransfer;
    private final ReverseTransferUseCase reverseTransfer;
    private final Clock clock;

    TransfersController(GetTransferUseCase getTransfer, PostPendingTransferUseCase postPendingTransfer,
            VoidPendingTransferUseCase voidPendingTransfer, ReverseTransferUseCase reverseTransfer, Clock clock) {
        this.getTransfer = getTransfer;
        this.postPendingTransfer = postPendingTransfer;
        this.voidPendingTransfer = voidPendingTransfer;
        this.reverseTransfer = reverseTransfer;
        this.clock = clock;
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        TransferId transferId = transferId(id);
        return getTransfer.get(new GetTransferQuery(transferId, AdminRequests.operator(request)))
                .map(state -> LedgerViews.transfer(state, clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /** Posts a hold: all of it, or {@code {"amount": …}} of it (in the hold's currency) while the rest is released. */
    @Post("/{id}/post")
    HttpResponse<Map<String, Object>> post(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        TransferId pendingId = transferId(id);
        CallContext operator = AdminRequests.operator(request);
        Optional<Money> amount = Optional.empty();
        if (body != null && body.length > 0) {
            JsonBody json = JsonBody.parse(body);
            if (json.has("amount")) {
                // The amount is in the hold's currency, so the hold is read first.
                TargetTransfer hold = getTransfer.get(new GetTransferQuery(pendingId, operator))
                        .orElseThrow(() -> notFound(id));
                amount = Optional.of(LedgerErrors.positiveAmount(json, "amount", hold.transfer().amount().currency()));
            }
        }
        TransferResult result = postPendingTransfer.post(new PostPendingTransferCommand(
                IdempotencyKey.forOperatorPost(pendingId), pendingId, amount, operator));
        return TransferResponses.of(result, reason -> refusal(reason, id));
    }

    @Post("/{id}/void")
    HttpResponse<Map<String, Object>> voidPending(HttpRequest<?> request, String id) {
        TransferId pendingId = transferId(id);
        TransferResult result = voidPendingTransfer.voidPending(new VoidPendingTransferCommand(
                IdempotencyKey.forOperatorVoid(pendingId), pendingId, AdminRequests.operator(request)));
        return TransferResponses.of(result, reason -> refusal(reason, id));
    }

    /** Reverses a posted transfer once: a repeat answers {@code 200} with the same reversal. */
    @Post("/{id}/reverse")
    HttpResponse<Map<String, Object>> reverse(HttpRequest<?> request, String id) {
        TransferId transferId = transferId(id);
        TransferResult result = reverseTransfer.reverse(
                new ReverseTransferCommand(transferId, AdminRequests.operator(request)));
        return TransferResponses.of(result, reason -> refusal(reason, id));
    }

    private static ApiException refusal(TransferRejection reason, String id) {
        return reason == TransferRejection.PENDING_TRANSFER_NOT_FOUND
                || reason == TransferRejection.REVERSED_TRANSFER_NOT_FOUND ? notFound(id) : LedgerErrors.of(reason);
    }

    /** A malformed id names no transfer, so it is "not found" like an unknown one. */
    private static TransferId transferId(String raw) {
        try {
            return TransferId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw notFound(raw);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No transfer with id '" + id + "'");
    }
}
