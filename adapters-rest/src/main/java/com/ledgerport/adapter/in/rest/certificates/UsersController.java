package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.application.port.in.GetCurrentMemberUseCase;
import com.ledgerport.application.port.in.GetCurrentMemberUseCase.GetCurrentMemberQuery;
import com.ledgerport.domain.access.MemberPrincipal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** Seed 004 {@code GET /api/users/me}: the signed-in member and the company (partner) they belong to. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UsersController {

    private final MemberAuthenticator authenticator;
    private final GetCurrentMemberUseCase getCurrentMember;

    UsersController(MemberAuthenticator authenticator, GetCurrentMemberUseCase getCurrentMember) {
        this.authenticator = authenticator;
        this.getCurrentMember = getCurrentMember;
    }

    @Get("/me")
    Map<String, Object> me(HttpRequest<?> request) {
        MemberPrincipal principal = authenticator.authenticate(request);
        return CertificateViews.me(getCurrentMember.get(new GetCurrentMemberQuery(principal)));
    }
}
