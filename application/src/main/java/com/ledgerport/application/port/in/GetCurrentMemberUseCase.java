package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.partner.Partner;

public interface GetCurrentMemberUseCase {

    CurrentMember get(GetCurrentMemberQuery query);

    record GetCurrentMemberQuery(MemberPrincipal principal) {
    }

    record CurrentMember(Member member, Partner partner) {
    }
}
