package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.FundPartnerUseCase;
import com.ledgerport.application.port.in.FundPartnerUseCase.FundPartnerCommand;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase;
import com.ledgerport.application.port.in.GetPartnerBalanceUseCase.GetPartnerBalanceQuery;
import com.ledgerport.application.port.in.ListPartnerAccountsUseCase;
import com.ledgerport.application.port.in.ListPartnerAccountsUseCase.ListPartnerAccountsQuery;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.Changed;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.OverdraftChange;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.Rejected;
import com.ledgerport.application.port.in.SetOverdraftLimitUseCase.SetOverdraftLimitCommand;
import com.ledgerport.domain.ledger.Transfer;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.ledger.TransferResult;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** Operator API: a partner's balance, its overdraft limit, its funding and its accounts (SPEC.md §6). */
@Controller("/admin/v1/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerLedgerController {

    private final SetOverdraftLimitUseCase setOverdraftLimit;
    private final FundPartnerUseCase fundPartner;
    private final GetPartnerBalanceUseCase getPartnerBalance;
    private final ListPartnerAccountsUseCase listPartnerAccounts;

    PartnerLedgerController(SetOverdraftLimitUseCase setOverdraftLimit, FundPartnerUseCase fundPartner,
            GetPartnerBalanceUseCase getPartnerBalance, ListPartnerAccountsUseCase listPartnerAccounts) {
        this.setOverdraftLimit = setOverdraftLimit;
        this.fundPartner = fundPartner;
        this.getPartnerBalance = getPartnerBalance;
        this.listPartnerAccounts = listPartnerAccounts;
    }

    @Put("/{id}/overdraft")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> setOverdraft(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        Currency currency = LedgerErrors.currency(json);
        Money limit = LedgerErrors.amount(json, "limit", currency);
        OverdraftChange change = setOverdraftLimit.set(
                new SetOverdraftLimitCommand(partnerId, limit, AdminRequests.operator(request)));
        if (change instanceof Changed changed) {
            return LedgerViews.balance(changed.account());
        }
        throw switch (((Rejected) change).reason()) {
            case LIMIT_MUST_NOT_BE_NEGATIVE -> ApiException.badField("limit", "Field 'limit' must not be negative");
            case PARTNER_NOT_FOUND -> AdminRequests.partnerNotFound(partnerId);
            case CURRENCY_NOT_PARTNERS -> notPartnersCurrency(currency);
        };
    }

    /**
     * Funds the partner from the operator's funding account. {@code 201} with the transfer; the same
     * {@code reference} again answers {@code 200} with the same transfer; with another amount, {@code 409}.
     */
    @Post("/{id}/funding")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> fund(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        Currency currency = LedgerErrors.currency(json);
        Money amount = LedgerErrors.positiveAmount(json, "amount", currency);
        String reference = json.requiredText("reference", Transfer.REFERENCE_LENGTH_MAX);
        TransferResult result = fundPartner.fund(
                new FundPartnerCommand(partnerId, amount, reference, AdminRequests.operator(request)));
        return TransferResponses.of(result, reason -> reason == TransferRejection.CREDIT_ACCOUNT_NOT_FOUND
                ? AdminRequests.partnerNotFound(partnerId)
                : reason == TransferRejection.CURRENCY_MISMATCH ? notPartnersCurrency(currency)
                : LedgerErrors.of(reason));
    }

    @Get("/{id}/balance")
    Map<String, Object> balance(HttpRequest<?> request, String id) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        return getPartnerBalance.get(new GetPartnerBalanceQuery(partnerId, AdminRequests.operator(request)))
                .map(LedgerViews::balance)
                .orElseThrow(() -> AdminRequests.partnerNotFound(partnerId));
    }

    /** All of the partner's accounts (a handful: no paging), oldest first. */
    @Get("/{id}/accounts")
    Map<String, Object> accounts(HttpRequest<?> request, String id) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        return listPartnerAccounts.list(new ListPartnerAccountsQuery(partnerId, AdminRequests.operator(request)))
                .map(accounts -> Map.<String, Object>of("items", accounts.stream().map(LedgerViews::account).toList()))
                .orElseThrow(() -> AdminRequests.partnerNotFound(partnerId));
    }

    private static ApiException notPartnersCurrency(Currency currency) {
        return ApiException.badField("currency",
                "Field 'currency' must be the partner's own currency, not " + currency.code());
    }
}
