package com.ledgerport.application.service;

import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.out.Members;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.partner.Partner;

public final class GetCurrentMemberService implements GetCurrentMemberUseCase {

    private final UnitOfWork unitOfWork;
    private final Members members;
    private final Partners partners;

    public GetCurrentMemberService(UnitOfWork unitOfWork, Members members, Partners partners) {
        this.unitOfWork = unitOfWork;
        this.members = members;
        this.partners = partners;
    }

    @Override
    public CurrentMember get(GetCurrentMemberQuery query) {
        return unitOfWork.read(() -> {
            // The principal was authenticated moments ago; members and partners are never deleted.
            Member member = members.find(query.principal().memberId())
                    .orElseThrow(() -> new IllegalStateException("authenticated member vanished"));
            Partner partner = partners.find(member.partnerId())
                    .orElseThrow(() -> new IllegalStateException("authenticated member's partner vanished"));
            return new CurrentMember(member, partner);
        });
    }
}
