package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.shared.Money;
import java.util.Map;
import java.util.Optional;

/**
 * The operator adds a SKU to a product. Stock: a product delivered from uploaded items (voucher, open-range
 * voucher, eSIM) counts its unsold items, so its SKUs start at 0 and only uploads raise them; any other product
 * takes {@code unlimited} or a quota that orders use up.
 */
public interface CreateSkuUseCase {

    SkuCreation create(CreateSkuCommand command);

    /** {@code stock} empty: 0 for products delivered from items, and refused for the others. */
    record CreateSkuCommand(ProductId productId, String name, Money price, Optional<Money> faceValue,
            Optional<Stock> stock, Map<String, String> attributes, CallContext context) {
    }

    sealed interface SkuCreation permits Created, Rejected {
    }

    record Created(Sku sku) implements SkuCreation {
    }

    /** {@code detail} explains the rejection in words a caller can act on. */
    record Rejected(Reason reason, String detail) implements SkuCreation {
    }

    /** In order of precedence. */
    enum Reason {
        PRODUCT_NOT_FOUND,
        SKU_LIMIT_REACHED,
        INVALID_ATTRIBUTES,
        STOCK_COMES_FROM_UPLOADS,
        STOCK_REQUIRED
    }
}
