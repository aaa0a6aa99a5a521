package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Bearer;
import com.ledgerport.adapter.in.rest.common.RateLimiter;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.AuthenticateMemberCommand;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.Authenticated;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.MemberAuthentication;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase.Rejected;
import com.ledgerport.domain.access.MemberPrincipal;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** {@code authorization: Bearer <accessToken>} for the member endpoints of seed 004. */
@Singleton
final class MemberAuthenticator {

    private final AuthenticateMemberUseCase authenticateMember;
    private final RateLimiter rateLimiter;

    MemberAuthenticator(AuthenticateMemberUseCase authenticateMember, RateLimiter rateLimiter) {
        this.authenticateMember = authenticateMember;
        this.rateLimiter = rateLimiter;
    }

    MemberPrincipal authenticate(HttpRequest<?> request) {
        String token = Bearer.token(request).orElseThrow(() -> ApiException.unauthenticated(
                "Missing access token: send authorization: Bearer <accessToken>"));
        MemberAuthentication outcome = authenticateMember.authenticate(new AuthenticateMemberCommand(token));
        if (outcome instanceof Authenticated authenticated) {
            rateLimiter.acquire(request.getPath(), authenticated.principal().actor().describe());
            return authenticated.principal();
        }
        throw ApiException.unauthenticated(switch (((Rejected) outcome).reason()) {
            case MALFORMED -> "Invalid access token";
            case EXPIRED -> "Access token expired; refresh it with GET /api/auth/refresh";
            case SESSION_REVOKED -> "Session revoked or expired; log in again";
            case PARTNER_SUSPENDED -> "Partner is suspended";
        });
    }
}
