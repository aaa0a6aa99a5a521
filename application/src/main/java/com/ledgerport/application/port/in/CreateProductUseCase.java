package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.CategoryId;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Map;
import java.util.Optional;

/**
 * The operator adds a product to a category, optionally naming the supplier partner that stocks it (only that
 * partner may then upload its stock through seed 001's Supplier API).
 */
public interface CreateProductUseCase {

    ProductCreation create(CreateProductCommand command);

    record CreateProductCommand(CategoryId categoryId, String name, ProductType type, Map<String, String> attributes,
            Optional<PartnerId> supplierId, CallContext context) {
    }

    sealed interface ProductCreation permits Created, Rejected {
    }

    record Created(Product product) implements ProductCreation {
    }

    /** {@code detail} explains an {@code INVALID_ATTRIBUTES} rejection. */
    record Rejected(Reason reason, String detail) implements ProductCreation {
    }

    /** In order of precedence. */
    enum Reason {
        CATEGORY_NOT_FOUND,
        SUPPLIER_NOT_FOUND,
        INVALID_ATTRIBUTES
    }
}
