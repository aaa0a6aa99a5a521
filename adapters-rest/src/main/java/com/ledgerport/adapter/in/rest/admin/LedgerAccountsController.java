package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.application.port.in.GetLedgerAccountUseCase;
import com.ledgerport.application.port.in.GetLedgerAccountUseCase.GetLedgerAccountQuery;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase.ListBalanceTransactionsQuery;
import com.ledgerport.domain.ledger.LedgerAccountId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** Operator API: one ledger account and its balance history (cursor pages, 1–100 per page, default 50). */
@Controller("/admin/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LedgerAccountsController {

    private final GetLedgerAccountUseCase getLedgerAccount;
    private final ListBalanceTransactionsUseCase listBalanceTransactions;

    LedgerAccountsController(GetLedgerAccountUseCase getLedgerAccount,
            ListBalanceTransactionsUseCase listBalanceTransactions) {
        this.getLedgerAccount = getLedgerAccount;
        this.listBalanceTransactions = listBalanceTransactions;
    }

    @Get("/{id}")
    Map<String, Object> get(HttpRequest<?> request, String id) {
        LedgerAccountId accountId = accountId(id);
        return getLedgerAccount.get(new GetLedgerAccountQuery(accountId, AdminRequests.operator(request)))
                .map(LedgerViews::account)
                .orElseThrow(() -> notFound(id));
    }

    @Get("/{id}/transactions")
    Map<String, Object> transactions(HttpRequest<?> request, String id, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        LedgerAccountId accountId = accountId(id);
        PageRequest page = Cursors.page(cursor, perPage, AdminRequests.PER_PAGE_DEFAULT, AdminRequests.PER_PAGE_MAX);
        return listBalanceTransactions.list(
                        new ListBalanceTransactionsQuery(accountId, page, AdminRequests.operator(request)))
                .map(lines -> AdminViews.page(lines, page.limit(), LedgerViews::balanceTransaction))
                .orElseThrow(() -> notFound(id));
    }

    /** A malformed id names no account, so it is "not found" like an unknown one. */
    private static LedgerAccountId accountId(String raw) {
        try {
            return LedgerAccountId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw notFound(raw);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No ledger account with id '" + id + "'");
    }
}
