package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ListSessionsUseCase;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Session;
import java.time.Clock;
import java.util.List;

public final class ListSessionsService implements ListSessionsUseCase {

    private final UnitOfWork unitOfWork;
    private final Sessions sessions;
    private final Clock clock;

    public ListSessionsService(UnitOfWork unitOfWork, Sessions sessions, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Session> list(ListSessionsQuery query) {
        return unitOfWork.read(() -> sessions.listActive(query.principal().memberId(), clock.instant(),
                Sessions.LIST_SIZE_MAX));
    }
}
