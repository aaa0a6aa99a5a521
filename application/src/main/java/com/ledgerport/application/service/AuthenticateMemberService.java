package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.BearerAuthentication;
import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.TokenKind;
import java.util.Optional;
import java.util.Set;

/** A member's session token, and nothing else: the bearer check restricted to {@link TokenKind#SESSION}. */
public final class AuthenticateMemberService implements AuthenticateMemberUseCase {

    private final AuthenticateBearerUseCase authenticateBearer;

    public AuthenticateMemberService(AuthenticateBearerUseCase authenticateBearer) {
        this.authenticateBearer = authenticateBearer;
    }

    @Override
    public MemberAuthentication authenticate(AuthenticateMemberCommand command) {
        BearerAuthentication outcome = authenticateBearer.authenticate(
                new AuthenticateBearerCommand(command.accessToken(), Set.of(TokenKind.SESSION), Optional.empty(),
                        ""));
        if (outcome instanceof AuthenticateBearerUseCase.Authenticated authenticated) {
            return new Authenticated((MemberPrincipal) authenticated.principal());
        }
        return new Rejected(switch (((AuthenticateBearerUseCase.Rejected) outcome).reason()) {
            case MALFORMED, WRONG_KIND -> Reason.MALFORMED;
            case EXPIRED -> Reason.EXPIRED;
            case REVOKED -> Reason.SESSION_REVOKED;
            case PARTNER_SUSPENDED, SURFACE_NOT_ALLOWED -> Reason.PARTNER_SUSPENDED;
        });
    }
}
