package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.domain.ledger.TransferRejection;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Ledger refusals as operator-API errors, with the reason as the error code ({@code exceeds_overdraft_limit},
 * {@code exists_with_different_amount}, …): 400 for what the request got wrong on its own, 404 for what it
 * names and does not exist, 409 for a taken key or a transfer already settled, 422 for what the balances refuse.
 */
final class LedgerErrors {

    private LedgerErrors() {
    }

    static ApiException of(TransferRejection reason) {
        String code = reason.wireName();
        String message = "The ledger refused the transfer: " + code.replace('_', ' ');
        if (reason.isKeyConflict()) {
            return new ApiException(ErrorCode.CONFLICT, Optional.of(code), message, fieldOf(reason));
        }
        return switch (reason) {
            case AMOUNT_MUST_BE_POSITIVE, ACCOUNTS_MUST_BE_DIFFERENT, TIMEOUT_MUST_NOT_BE_NEGATIVE, TIMEOUT_TOO_LONG,
                    CURRENCY_MISMATCH -> new ApiException(ErrorCode.BAD_REQUEST, Optional.of(code), message,
                    fieldOf(reason));
            case PENDING_TRANSFER_NOT_FOUND, REVERSED_TRANSFER_NOT_FOUND, DEBIT_ACCOUNT_NOT_FOUND,
                    CREDIT_ACCOUNT_NOT_FOUND -> new ApiException(ErrorCode.NOT_FOUND, Optional.of(code), message,
                    Optional.empty());
            case PENDING_TRANSFER_NOT_PENDING, PENDING_TRANSFER_ALREADY_POSTED, PENDING_TRANSFER_ALREADY_VOIDED,
                    PENDING_TRANSFER_EXPIRED, PENDING_TRANSFER_NOT_EXPIRED, TRANSFER_NOT_REVERSIBLE,
                    TRANSFER_ALREADY_REVERSED -> new ApiException(ErrorCode.CONFLICT, Optional.of(code), message,
                    Optional.empty());
            default -> new ApiException(ErrorCode.UNPROCESSABLE, Optional.of(code), message, fieldOf(reason));
        };
    }

    private static Optional<String> fieldOf(TransferRejection reason) {
        return switch (reason) {
            case AMOUNT_MUST_BE_POSITIVE, EXISTS_WITH_DIFFERENT_AMOUNT, EXCEEDS_PENDING_AMOUNT -> Optional.of("amount");
            case CURRENCY_MISMATCH, EXISTS_WITH_DIFFERENT_CURRENCY -> Optional.of("currency");
            default -> Optional.empty();
        };
    }

    /**
     * A positive amount of {@code currency} from field {@code name}: a JSON number or a decimal string, with at
     * most the currency's number of decimals.
     */
    static Money positiveAmount(JsonBody json, String name, Currency currency) {
        Money amount = amount(json, name, currency);
        if (!amount.isPositive()) {
            throw ApiException.badField(name, "Field '" + name + "' must be greater than zero");
        }
        return amount;
    }

    static Money amount(JsonBody json, String name, Currency currency) {
        BigDecimal decimal = json.requiredDecimal(name);
        try {
            return Money.ofDecimal(decimal, currency);
        } catch (InvalidValueException invalid) {
            throw ApiException.badField(name, "Field '" + name + "' is invalid: " + invalid.getMessage());
        }
    }

    static Currency currency(JsonBody json) {
        String code = json.requiredText("currency", 3);
        try {
            return Currency.of(code);
        } catch (InvalidValueException invalid) {
            throw ApiException.badField("currency", "Field 'currency' is invalid: " + invalid.getMessage());
        }
    }
}
