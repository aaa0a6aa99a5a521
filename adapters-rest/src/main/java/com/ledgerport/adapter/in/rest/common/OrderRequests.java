package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.CreateOrderUseCase.CreateOrderCommand;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderItem;
import com.ledgerport.domain.order.OrderRejection;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * The order request both surfaces take — {@code {"external_id", "item": {"sku_id", "quantity"}, "metadata"?}} —
 * and the answer each refusal gets. Unknown fields are ignored.
 */
public final class OrderRequests {

    /** The header that marks an answer as the replay of an earlier order with the same external id. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int SKU_ID_LENGTH_MAX = 64;

    private OrderRequests() {
    }

    public static CreateOrderCommand create(byte[] body, PartnerId partnerId, Mode mode, CallContext context) {
        JsonBody json = JsonBody.parse(body);
        String externalId = json.requiredText("external_id", Order.EXTERNAL_ID_LENGTH_MAX);
        JsonBody item = json.requiredObject("item");
        SkuId skuId;
        try {
            skuId = SkuId.parse(item.requiredText("sku_id", SKU_ID_LENGTH_MAX));
        } catch (InvalidValueException malformed) {
            throw ApiException.badField("item.sku_id", "Field 'item.sku_id' must be a UUID");
        }
        long quantity = item.requiredLong("quantity");
        if (quantity < 1 || quantity > OrderItem.QUANTITY_MAX) {
            throw ApiException.badField("item.quantity",
                    "Field 'item.quantity' must be between 1 and " + OrderItem.QUANTITY_MAX);
        }
        Optional<String> metadata = json.optionalObjectAsJson("metadata", Order.METADATA_LENGTH_MAX);
        return new CreateOrderCommand(partnerId, mode, externalId, new OrderItem(skuId, (int) quantity), metadata,
                context);
    }

    /** A refused order in seed 002's envelope: its reason as {@code code} (e.g. {@code insufficient_funds}). */
    public static ApiException refused(OrderRejection reason) {
        return refused(reason, reason.wireName());
    }

    /** Seed 001's numeric codes for refused orders (docs/errors.md): -30 … -35, in the reasons' order. */
    public static ApiException refusedOnPlatform(OrderRejection reason) {
        return refused(reason, Integer.toString(-30 - reason.ordinal()));
    }

    private static ApiException refused(OrderRejection reason, String surfaceCode) {
        return switch (reason) {
            case EXTERNAL_ID_REUSED -> refusal(ErrorCode.CONFLICT, surfaceCode, "external_id",
                    "external_id already names an order with a different request; use a new external_id");
            case SKU_NOT_FOUND -> refusal(ErrorCode.UNPROCESSABLE, surfaceCode, "item.sku_id", "Unknown SKU");
            case OUT_OF_STOCK -> refusal(ErrorCode.UNPROCESSABLE, surfaceCode, "item.quantity",
                    "The SKU's stock cannot cover this quantity");
            case AMOUNT_OVERFLOW -> refusal(ErrorCode.UNPROCESSABLE, surfaceCode, "item.quantity",
                    "price × quantity is too large");
            case CURRENCY_MISMATCH -> refusal(ErrorCode.UNPROCESSABLE, surfaceCode, "item.sku_id",
                    "The SKU is priced in a currency you hold no balance in");
            case INSUFFICIENT_FUNDS -> refusal(ErrorCode.UNPROCESSABLE, surfaceCode, "item.quantity",
                    "Insufficient funds: the order's amount exceeds your available balance including overdraft");
        };
    }

    private static ApiException refusal(ErrorCode code, String surfaceCode, String field, String message) {
        return new ApiException(code, Optional.of(surfaceCode), message, Optional.of(field));
    }
}
