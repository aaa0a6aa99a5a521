package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CreateProductUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Attributes;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class CreateProductService implements CreateProductUseCase {

    static final String ACTION = "catalog.product.create";

    private final UnitOfWork unitOfWork;
    private final Categories categories;
    private final Products products;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateProductService(UnitOfWork unitOfWork, Categories categories, Products products, Partners partners,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.categories = categories;
        this.products = products;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public ProductCreation create(CreateProductCommand command) {
        Require.text(command.name(), "name", Product.NAME_LENGTH_MAX);
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Category> category = categories.find(command.categoryId());
            if (category.isEmpty()) {
                return rejected(command, now, Reason.CATEGORY_NOT_FOUND, "");
            }
            if (command.supplierId().isPresent() && partners.find(command.supplierId().get()).isEmpty()) {
                return rejected(command, now, Reason.SUPPLIER_NOT_FOUND, "");
            }
            Map<String, String> attributes;
            try {
                attributes = Attributes.check(command.attributes(), category.get(), AttributeTarget.PRODUCT);
            } catch (InvalidValueException invalid) {
                return rejected(command, now, Reason.INVALID_ATTRIBUTES, invalid.getMessage());
            }
            Product product = new Product(ProductId.generate(), command.categoryId(), command.name(), command.type(),
                    attributes, command.supplierId(), now);
            products.add(product);
            auditLog.append(AuditRecord.of(command.context(), now, command.supplierId(), ACTION,
                    product.id().toString(), AuditRecord.SUCCEEDED));
            return new Created(product);
        });
    }

    private Rejected rejected(CreateProductCommand command, Instant now, Reason reason, String detail) {
        auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), ACTION,
                command.categoryId().toString(), AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT))));
        return new Rejected(reason, detail);
    }
}
