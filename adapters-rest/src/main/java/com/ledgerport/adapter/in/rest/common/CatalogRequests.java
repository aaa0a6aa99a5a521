package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.in.UploadStockUseCase.Rejected;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.ProductFilter;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import com.ledgerport.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Catalog inputs read the same way on every surface: filters, ids, stock items; each refusal names its field. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    /** Runs a domain parse; its refusal becomes a 400 naming {@code field}. */
    public static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException invalid) {
            throw ApiException.badField(field, "Field '" + field + "' is invalid: " + invalid.getMessage());
        }
    }

    /** Filters from text (query parameters, or body fields): {@code category_id} and {@code type}. */
    public static ProductFilter filter(Optional<String> categoryId, Optional<String> type) {
        return new ProductFilter(
                categoryId.filter(text -> !text.isEmpty()).map(text -> field("category_id", () -> CategoryId.parse(text))),
                type.filter(text -> !text.isEmpty()).map(text -> field("type", () -> ProductType.parse(text))),
                Optional.empty());
    }

    public static boolean flag(String name, String text, boolean absent) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badField(name, "Parameter '" + name + "' must be true or false");
        };
    }

    /** A SKU id in a body field; a malformed one is a 400 (a well-formed unknown one is a 404 later). */
    public static SkuId skuId(String field, String text) {
        return field(field, () -> SkuId.parse(text));
    }

    /**
     * {@code items}: voucher codes as strings, eSIM profiles as {@code {"iccid", "activation_code"}} objects;
     * 1 to {@link UploadStockUseCase#ITEMS_MAX} of them.
     */
    public static List<StockItem> stockItems(JsonBody body) {
        List<Object> raw = body.requiredArray("items", UploadStockUseCase.ITEMS_MAX);
        if (raw.isEmpty()) {
            throw ApiException.badField("items", "Field 'items' must hold at least one item");
        }
        return IntStream.range(0, raw.size()).mapToObj(i -> item("items[" + i + "]", raw.get(i))).toList();
    }

    private static StockItem item(String field, Object raw) {
        if (raw instanceof String code) {
            if (code.codePoints().anyMatch(Character::isISOControl)) {
                throw ApiException.badField(field, "Field '" + field + "' must not contain control characters");
            }
            return field(field, () -> new VoucherCode(code));
        }
        JsonBody profile = JsonBody.nested(field, raw).orElseThrow(() -> ApiException.badField(field,
                "Field '" + field + "' must be a code (string) or an eSIM profile {iccid, activation_code}"));
        String iccid = profile.requiredText("iccid", 32);
        String activation = profile.requiredText("activation_code", StockItem.ACTIVATION_CODE_LENGTH_MAX);
        return field(field, () -> new EsimProfile(iccid, activation));
    }

    /**
     * The 4xx for an upload the use case refused (shared by the operator and the Supplier API). {@code named}:
     * whether the surface's envelope takes a named code (the operator's does; seed 001's codes are numbers).
     */
    public static ApiException refusal(Rejected rejected, SkuId sku, boolean named) {
        return switch (rejected.reason()) {
            case SKU_NOT_FOUND -> ApiException.notFound("No SKU with uuid '" + sku + "'");
            case NOT_STOCKED_BY_ITEMS -> new ApiException(ErrorCode.CONFLICT,
                    Optional.of("not_stocked_by_items").filter(code -> named),
                    "This SKU's product is not delivered from uploaded items; its stock is a quota",
                    Optional.of("items"));
            case NO_ITEMS -> ApiException.badField("items", "Field 'items' must hold at least one item");
            case TOO_MANY_ITEMS -> ApiException.badField("items",
                    "Field 'items' must have at most " + UploadStockUseCase.ITEMS_MAX + " items");
            case WRONG_ITEM_KIND -> ApiException.badField("items", "Field 'items' must hold eSIM profiles "
                    + "{iccid, activation_code} for an eSIM product and codes (strings) for a voucher product");
        };
    }

    /** The 409 for an upload holding codes stored already (or repeated), naming the first such item. */
    public static ApiException duplicates(List<Integer> positions, boolean named) {
        String field = "items[" + positions.get(0) + "]";
        return new ApiException(ErrorCode.CONFLICT, Optional.of("duplicate_item").filter(code -> named),
                positions.size()
                + " item(s) are already in stock or repeated in this upload, first " + field + "; nothing was added",
                Optional.of(field));
    }
}
