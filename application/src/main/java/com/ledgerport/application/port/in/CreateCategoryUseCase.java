package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import java.util.List;

/** The operator adds a category with the attributes its products and SKUs may carry. */
public interface CreateCategoryUseCase {

    CategoryCreation create(CreateCategoryCommand command);

    record CreateCategoryCommand(String name, List<CategoryAttribute> attributes, CallContext context) {
    }

    sealed interface CategoryCreation permits Created, Rejected {
    }

    record Created(Category category) implements CategoryCreation {
    }

    record Rejected(Reason reason) implements CategoryCreation {
    }

    /** In order of precedence. */
    enum Reason {
        CATEGORY_LIMIT_REACHED,
        NAME_TAKEN
    }
}
