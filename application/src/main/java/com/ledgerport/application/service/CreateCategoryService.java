package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CreateCategoryUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.catalog.Category;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateCategoryService implements CreateCategoryUseCase {

    static final String ACTION = "catalog.category.create";

    private final UnitOfWork unitOfWork;
    private final Categories categories;
    private final AuditLog auditLog;
    private final Clock clock;

    public CreateCategoryService(UnitOfWork unitOfWork, Categories categories, AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.categories = categories;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public CategoryCreation create(CreateCategoryCommand command) {
        Category.check(command.name(), command.attributes());
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            if (categories.count() >= Category.COUNT_MAX) {
                return rejected(command, now, Reason.CATEGORY_LIMIT_REACHED);
            }
            Optional<Category> added = categories.addIfNameFree(command.name(), command.attributes(), now);
            if (added.isEmpty()) {
                return rejected(command, now, Reason.NAME_TAKEN);
            }
            auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), ACTION,
                    added.get().id().toString(), AuditRecord.SUCCEEDED));
            return new Created(added.get());
        });
    }

    private Rejected rejected(CreateCategoryCommand command, Instant now, Reason reason) {
        auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), ACTION, "",
                AuditRecord.rejected(reason.name().toLowerCase(java.util.Locale.ROOT))));
        return new Rejected(reason);
    }
}
