package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListCategoriesUseCase;
import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.Category;
import java.util.List;

public final class ListCategoriesService implements ListCategoriesUseCase {

    private final UnitOfWork unitOfWork;
    private final Categories categories;

    public ListCategoriesService(UnitOfWork unitOfWork, Categories categories) {
        this.unitOfWork = unitOfWork;
        this.categories = categories;
    }

    @Override
    public List<Category> list(ListCategoriesQuery query) {
        List<Category> all = unitOfWork.read(categories::all);
        return query.target().map(target -> all.stream().map(category -> category.narrowedTo(target)).toList())
                .orElse(all);
    }
}
