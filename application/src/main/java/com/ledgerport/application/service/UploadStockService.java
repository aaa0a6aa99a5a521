package com.ledgerport.application.service;

import com.ledgerport.application.port.in.UploadStockUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.catalog.StockItem.EsimProfile;
import com.ledgerport.domain.catalog.StockItem.VoucherCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Adds uploaded items to a SKU. A supplier reaches only the SKUs of products naming it as their supplier;
 * any other SKU answers exactly as an unknown one. eSIM products take eSIM profiles, vouchers take codes.
 */
public final class UploadStockService implements UploadStockUseCase {

    static final String ACTION = "catalog.stock.upload";

    private final UnitOfWork unitOfWork;
    private final Products products;
    private final Skus skus;
    private final StockItems stockItems;
    private final AuditLog auditLog;
    private final Clock clock;

    public UploadStockService(UnitOfWork unitOfWork, Products products, Skus skus, StockItems stockItems,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.skus = skus;
        this.stockItems = stockItems;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public StockUpload upload(UploadStockCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Sku> sku = skus.find(command.skuId());
            Optional<Product> product = sku.flatMap(found -> products.find(found.productId()));
            if (product.isEmpty() || (command.supplierId().isPresent()
                    && !product.get().supplierId().equals(command.supplierId()))) {
                return rejected(command, now, Reason.SKU_NOT_FOUND);
            }
            ProductType type = product.get().type();
            Optional<Reason> refusal = !type.deliversItems() ? Optional.of(Reason.NOT_STOCKED_BY_ITEMS)
                    : command.items().isEmpty() ? Optional.of(Reason.NO_ITEMS)
                    : command.items().size() > ITEMS_MAX ? Optional.of(Reason.TOO_MANY_ITEMS)
                    : command.items().stream().allMatch(item -> suits(type, item)) ? Optional.empty()
                    : Optional.of(Reason.WRONG_ITEM_KIND);
            if (refusal.isPresent()) {
                return rejected(command, now, refusal.get());
            }
            StockItems.Upload upload = stockItems.add(command.skuId(), command.items(), now);
            if (upload instanceof StockItems.Duplicates duplicates) {
                audit(command, now, AuditRecord.rejected("duplicate_items"));
                return new Duplicates(duplicates.positions());
            }
            int added = ((StockItems.Added) upload).count();
            audit(command, now, AuditRecord.SUCCEEDED);
            return new Uploaded(added, skus.find(command.skuId()).orElseThrow().stock());
        });
    }

    /** Whether an item is what the product type delivers: eSIM profiles for eSIMs, codes for vouchers. */
    static boolean suits(ProductType type, StockItem item) {
        return type == ProductType.ESIM ? item instanceof EsimProfile : item instanceof VoucherCode;
    }

    private Rejected rejected(UploadStockCommand command, Instant now, Reason reason) {
        audit(command, now, AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT)));
        return new Rejected(reason);
    }

    private void audit(UploadStockCommand command, Instant now, String outcome) {
        auditLog.append(AuditRecord.of(command.context(), now, command.supplierId(), ACTION,
                command.skuId().toString(), outcome));
    }
}
