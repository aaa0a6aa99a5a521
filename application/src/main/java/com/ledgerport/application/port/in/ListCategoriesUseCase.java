package com.ledgerport.application.port.in;

import com.ledgerport.domain.catalog.AttributeTarget;
import com.ledgerport.domain.catalog.Category;
import java.util.List;
import java.util.Optional;

/** Every category of the catalog, each with its attributes (only those of one target, when asked). */
public interface ListCategoriesUseCase {

    List<Category> list(ListCategoriesQuery query);

    record ListCategoriesQuery(Optional<AttributeTarget> target) {
    }
}
