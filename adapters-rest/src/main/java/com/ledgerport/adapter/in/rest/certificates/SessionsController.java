package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.ListSessionsUseCase;
import com.ledgerport.application.port.in.ListSessionsUseCase.ListSessionsQuery;
import com.ledgerport.application.port.in.RevokeSessionUseCase;
import com.ledgerport.application.port.in.RevokeSessionUseCase.RevokeAllSessionsCommand;
import com.ledgerport.application.port.in.RevokeSessionUseCase.RevokeSessionCommand;
import com.ledgerport.application.port.in.RevokeSessionUseCase.Revocation;
import com.ledgerport.application.port.in.RevokeSessionUseCase.Revoked;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;

/** Seed 004 sessions of the signed-in member: list, revoke one, revoke all. */
@Controller("/api/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionsController {

    private final MemberAuthenticator authenticator;
    private final ListSessionsUseCase listSessions;
    private final RevokeSessionUseCase revokeSession;

    SessionsController(MemberAuthenticator authenticator, ListSessionsUseCase listSessions,
            RevokeSessionUseCase revokeSession) {
        this.authenticator = authenticator;
        this.listSessions = listSessions;
        this.revokeSession = revokeSession;
    }

    @Get
    List<Map<String, Object>> list(HttpRequest<?> request) {
        MemberPrincipal principal = authenticator.authenticate(request);
        return listSessions.list(new ListSessionsQuery(principal)).stream()
                .map(session -> CertificateViews.session(session, principal.sessionId()))
                .toList();
    }

    @Delete("/{id}")
    Map<String, Object> revoke(HttpRequest<?> request, String id) {
        MemberPrincipal principal = authenticator.authenticate(request);
        SessionId sessionId = sessionId(id);
        Revocation outcome = revokeSession.revoke(new RevokeSessionCommand(principal, sessionId,
                RequestIds.context(request, principal.actor())));
        if (outcome instanceof Revoked revoked) {
            return CertificateViews.session(revoked.session(), principal.sessionId());
        }
        throw notFound(id);
    }

    @Delete
    Map<String, Object> revokeAll(HttpRequest<?> request) {
        MemberPrincipal principal = authenticator.authenticate(request);
        int revoked = revokeSession.revokeAll(new RevokeAllSessionsCommand(principal,
                RequestIds.context(request, principal.actor())));
        return Map.of("revoked", revoked);
    }

    private static SessionId sessionId(String raw) {
        try {
            return SessionId.parse(raw);
        } catch (InvalidValueException malformed) {
            throw notFound(raw);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("Session '" + id + "' not found");
    }
}
