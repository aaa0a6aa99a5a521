package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetPartnerProfileUseCase;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.partner.Partner;

public final class GetPartnerProfileService implements GetPartnerProfileUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;

    public GetPartnerProfileService(UnitOfWork unitOfWork, Partners partners) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
    }

    @Override
    public Partner get(GetPartnerProfileQuery query) {
        // The principal was authenticated moments ago, and partners are never deleted.
        return unitOfWork.read(() -> partners.find(query.principal().partnerId()))
                .orElseThrow(() -> new IllegalStateException("an authenticated partner vanished"));
    }
}
