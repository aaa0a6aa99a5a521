package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.Cursors;
import com.ledgerport.adapter.in.rest.common.LedgerJson;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase.GetPartnerBalanceQuery;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase;
import com.ledgerport.application.port.in.ListBalanceTransactionsUseCase.ListBalanceTransactionsQuery;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 002 balance: {@code GET /v1/partner/balance} (scope {@code balance.read_one}) and its history
 * {@code GET /v1/partner/balance/transactions} (scope {@code balance.read_many}; cursor, per_page 1..100, default
 * 50). Always the calling partner's own balance account, in its own currency.
 */
@Controller("/v1/partner/balance")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerBalanceController {

    static final int PER_PAGE_DEFAULT = 50;
    static final int PER_PAGE_MAX = 100;

    private final PartnerAuth auth;
    private final GetPartnerBalanceUseCase getPartnerBalance;
    private final ListBalanceTransactionsUseCase listBalanceTransactions;

    PartnerBalanceController(PartnerAuth auth, GetPartnerBalanceUseCase getPartnerBalance,
            ListBalanceTransactionsUseCase listBalanceTransactions) {
        this.auth = auth;
        this.getPartnerBalance = getPartnerBalance;
        this.listBalanceTransactions = listBalanceTransactions;
    }

    @Get
    Map<String, Object> balance(HttpRequest<?> request) {
        Principal principal = auth.authenticate(request, Permission.BALANCE_READ_ONE);
        return PartnerViews.ok(LedgerJson.balance(account(request, principal)));
    }

    @Get("/transactions")
    Map<String, Object> transactions(HttpRequest<?> request, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue("per_page") String perPage) {
        Principal principal = auth.authenticate(request, Permission.BALANCE_READ_MANY);
        PageRequest page = Cursors.page(cursor, perPage, PER_PAGE_DEFAULT, PER_PAGE_MAX);
        LedgerAccount account = account(request, principal);
        Page<BalanceTransaction> lines = listBalanceTransactions.list(new ListBalanceTransactionsQuery(account.id(),
                page, RequestIds.context(request, principal.actor()))).orElseThrow(PartnerBalanceController::missing);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("per_page", page.limit());
        meta.put("next_cursor", Cursors.encode(lines.nextAfter()).orElse(null));
        return PartnerViews.ok(lines.items().stream().map(LedgerJson::balanceTransaction).toList(), meta);
    }

    private LedgerAccount account(HttpRequest<?> request, Principal principal) {
        return getPartnerBalance.get(new GetPartnerBalanceQuery(principal.partnerId(),
                RequestIds.context(request, principal.actor()))).orElseThrow(PartnerBalanceController::missing);
    }

    /** Every partner has a balance account from registration on; its absence is a broken invariant. */
    private static IllegalStateException missing() {
        return new IllegalStateException("an authenticated partner has no balance account");
    }
}
