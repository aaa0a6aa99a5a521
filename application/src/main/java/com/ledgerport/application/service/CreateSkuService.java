package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CreateSkuUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Attributes;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class CreateSkuService implements CreateSkuUseCase {

    static final String ACTION = "catalog.sku.create";

    private final UnitOfWork unitOfWork;
    private final Categories categories;
    private final Products products;
    private final Skus skus;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateSkuService(UnitOfWork unitOfWork, Categories categories, Products products, Skus skus,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.categories = categories;
        this.products = products;
        this.skus = skus;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public SkuCreation create(CreateSkuCommand command) {
        Require.text(command.name(), "name", Sku.NAME_LENGTH_MAX);
        Require.that(command.price().isPositive(), "price must be positive");
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Product> product = products.find(command.productId());
            if (product.isEmpty()) {
                return rejected(command, now, Reason.PRODUCT_NOT_FOUND, "");
            }
            if (skus.countOf(command.productId()) >= Sku.PER_PRODUCT_MAX) {
                return rejected(command, now, Reason.SKU_LIMIT_REACHED,
                        "A product has at most " + Sku.PER_PRODUCT_MAX + " SKUs");
            }
            Category category = categories.find(product.get().categoryId()).orElseThrow(
                    () -> new IllegalStateException("product " + command.productId() + " has no category"));
            Map<String, String> attributes;
            try {
                attributes = Attributes.check(command.attributes(), category, AttributeTarget.SKU);
            } catch (InvalidValueException invalid) {
                return rejected(command, now, Reason.INVALID_ATTRIBUTES, invalid.getMessage());
            }
            Optional<Stock> stock = stock(product.get(), command.stock());
            if (stock.isEmpty()) {
                boolean items = product.get().type().deliversItems();
                return rejected(command, now, items ? Reason.STOCK_COMES_FROM_UPLOADS : Reason.STOCK_REQUIRED,
                        items ? "The stock of a " + product.get().type().wireName()
                                + " SKU is its uploaded items: create it with stock 0 and upload them"
                                : "A " + product.get().type().wireName() + " SKU needs stock: \"unlimited\" or a count");
            }
            Sku sku = new Sku(SkuId.generate(), command.productId(), command.name(), command.price(),
                    command.faceValue(), stock.get(), attributes, now);
            skus.add(sku);
            auditLog.append(AuditRecord.of(command.context(), now, product.get().supplierId(), ACTION,
                    sku.id().toString(), AuditRecord.SUCCEEDED));
            return new Created(sku);
        });
    }

    /** The stock a new SKU starts with, or empty when the asked stock does not suit the product. */
    static Optional<Stock> stock(Product product, Optional<Stock> asked) {
        if (product.type().deliversItems()) {
            return asked.isEmpty() || asked.get().equals(Stock.counted(0)) ? Optional.of(Stock.counted(0))
                    : Optional.empty();
        }
        return asked;
    }

    private Rejected rejected(CreateSkuCommand command, Instant now, Reason reason, String detail) {
        auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), ACTION,
                command.productId().toString(), AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT))));
        return new Rejected(reason, detail);
    }
}
