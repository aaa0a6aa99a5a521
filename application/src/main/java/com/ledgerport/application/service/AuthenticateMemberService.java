package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AuthenticateMemberUseCase;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.Sessions;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A valid signature is not enough: the session named by the token must still stand and its partner must be
 * active, checked on every use, so that revocation and suspension take effect at once.
 */
public final class AuthenticateMemberService implements AuthenticateMemberUseCase {

    private final BearerTokens bearerTokens;
    private final UnitOfWork unitOfWork;
    private final Sessions sessions;
    private final Partners partners;
    private final Clock clock;

    public AuthenticateMemberService(BearerTokens bearerTokens, UnitOfWork unitOfWork, Sessions sessions,
            Partners partners, Clock clock) {
        this.bearerTokens = bearerTokens;
        this.unitOfWork = unitOfWork;
        this.sessions = sessions;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public MemberAuthentication authenticate(AuthenticateMemberCommand command) {
        String token = command.accessToken();
        if (token == null || token.isEmpty() || token.length() > BearerTokens.TOKEN_LENGTH_MAX) {
            return new Rejected(Reason.MALFORMED);
        }
        Optional<BearerClaims> read = bearerTokens.read(token).filter(c -> c.kind() == TokenKind.SESSION);
        if (read.isEmpty()) {
            return new Rejected(Reason.MALFORMED);
        }
        BearerClaims claims = read.get();
        Instant now = clock.instant();
        if (claims.isExpiredAt(now)) {
            return new Rejected(Reason.EXPIRED);
        }
        SessionId sessionId;
        MemberId memberId;
        try {
            sessionId = SessionId.parse(claims.grantId());
            memberId = MemberId.parse(claims.subject());
        } catch (InvalidValueException malformed) {
            return new Rejected(Reason.MALFORMED);
        }
        return unitOfWork.read(() -> {
            Optional<Session> session = sessions.find(sessionId)
                    .filter(s -> s.memberId().equals(memberId) && s.partnerId().equals(claims.tenant()));
            if (session.isEmpty() || !session.get().isActiveAt(now)) {
                return new Rejected(Reason.SESSION_REVOKED);
            }
            boolean partnerActive = partners.find(claims.tenant()).map(Partner::isActive).orElse(false);
            if (!partnerActive) {
                return new Rejected(Reason.PARTNER_SUSPENDED);
            }
            return new Authenticated(new MemberPrincipal(memberId, claims.tenant(), sessionId));
        });
    }
}
