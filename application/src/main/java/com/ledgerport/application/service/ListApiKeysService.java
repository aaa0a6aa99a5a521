package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListApiKeysUseCase;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.ApiKey;
import java.util.List;

public final class ListApiKeysService implements ListApiKeysUseCase {

    private final UnitOfWork unitOfWork;
    private final ApiKeys apiKeys;

    public ListApiKeysService(UnitOfWork unitOfWork, ApiKeys apiKeys) {
        this.unitOfWork = unitOfWork;
        this.apiKeys = apiKeys;
    }

    @Override
    public List<ApiKey> list(ListApiKeysQuery query) {
        return unitOfWork.read(() -> apiKeys.listByPartner(query.partnerId()));
    }
}
