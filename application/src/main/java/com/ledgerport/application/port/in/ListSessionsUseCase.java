package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Session;
import java.util.List;

public interface ListSessionsUseCase {

    List<Session> list(ListSessionsQuery query);

    record ListSessionsQuery(MemberPrincipal principal) {
    }
}
