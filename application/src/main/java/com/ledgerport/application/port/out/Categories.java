package com.ledgerport.application.port.out;

import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.CategoryAttribute;
import com.ledgerport.domain.catalog.CategoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The catalog's categories and the attributes they declare. Categories carry numeric ids (seed 002). */
public interface Categories {

    /** Adds a category under a new id; empty when a category with this name exists already. */
    Optional<Category> addIfNameFree(String name, List<CategoryAttribute> attributes, Instant createdAt);

    Optional<Category> find(CategoryId id);

    /** Every category, in id order; there are at most {@link Category#COUNT_MAX}. */
    List<Category> all();

    long count();
}
