package com.ledgerport.application.service;

import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Customers;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CredentialCache.PartnerStanding;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.CustomerPrincipal;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.ResellerPrincipal;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.customer.CustomerStatus;
import com.ledgerport.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One verification path for every bearer JWT: signature and shape, the kind the surface accepts, expiry, then
 * the grant behind the token (session, access token, API key) and the partner's standing.
 */
public final class AuthenticateBearerService implements AuthenticateBearerUseCase {

    private final BearerTokens bearerTokens;
    private final CredentialDirectory directory;
    private final UnitOfWork unitOfWork;
    private final AuditLog auditLog;
    private final FailureAudits failureAudits;
    private final Customers customers;
    private final Clock clock;

    public AuthenticateBearerService(BearerTokens bearerTokens, CredentialDirectory directory, UnitOfWork unitOfWork,
            AuditLog auditLog, FailureAudits failureAudits, Customers customers, Clock clock) {
        this.bearerTokens = bearerTokens;
        this.directory = directory;
        this.unitOfWork = unitOfWork;
        this.auditLog = auditLog;
        this.failureAudits = failureAudits;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public BearerAuthentication authenticate(AuthenticateBearerCommand command) {
        String token = command.token();
        if (token == null || token.isEmpty() || token.length() > BearerTokens.TOKEN_LENGTH_MAX) {
            return new Rejected(Reason.MALFORMED);
        }
        Optional<BearerClaims> read = bearerTokens.read(token);
        if (read.isEmpty()) {
            return new Rejected(Reason.MALFORMED);
        }
        BearerClaims claims = read.get();
        if (!command.accepted().contains(claims.kind())) {
            return new Rejected(Reason.WRONG_KIND);
        }
        Instant now = clock.instant();
        if (claims.isExpiredAt(now)) {
            auditFailure(claims, command, now, "expired");
            return new Rejected(Reason.EXPIRED);
        }
        Optional<Principal> principal;
        try {
            principal = switch (claims.kind()) {
                case SESSION -> session(claims, now);
                case ACCESS_TOKEN -> accessToken(claims, now);
                case RESELLER -> reseller(claims, now);
                case STOREFRONT -> customer(claims);
            };
        } catch (InvalidValueException malformedIds) {
            return new Rejected(Reason.MALFORMED);
        }
        if (principal.isEmpty()) {
            auditFailure(claims, command, now, "revoked");
            return new Rejected(Reason.REVOKED);
        }
        Optional<PartnerStanding> standing = directory.standing(principal.get().partnerId());
        if (standing.isEmpty() || !standing.get().active()) {
            auditFailure(claims, command, now, "partner_suspended");
            return new Rejected(Reason.PARTNER_SUSPENDED);
        }
        if (command.surface().isPresent() && !standing.get().surfaces().contains(command.surface().get())) {
            auditFailure(claims, command, now, "surface_not_allowed");
            return new Rejected(Reason.SURFACE_NOT_ALLOWED);
        }
        return new Authenticated(principal.get());
    }

    /**
     * Failed uses of long-lived grants (access tokens, reseller tokens) are audited, bounded per grant; a
     * member's expired 15-minute token is routine and is not.
     */
    private void auditFailure(BearerClaims claims, AuthenticateBearerCommand command, Instant now, String reason) {
        if (claims.kind() == TokenKind.SESSION || !failureAudits.shouldAudit(claims.kind() + ":" + claims.grantId())) {
            return;
        }
        String action = claims.kind() == TokenKind.ACCESS_TOKEN ? "access_token.use" : "reseller_token.use";
        CallContext context = new CallContext(Actor.anonymous(), command.requestId());
        unitOfWork.write(() -> {
            auditLog.append(AuditRecord.of(context, now, Optional.of(claims.tenant()), action, claims.grantId(),
                    AuditRecord.rejected(reason)));
            return null;
        });
    }

    private Optional<Principal> session(BearerClaims claims, Instant now) {
        SessionId sessionId = SessionId.parse(claims.grantId());
        MemberId memberId = MemberId.parse(claims.subject());
        Optional<Session> session = directory.session(sessionId)
                .filter(s -> s.memberId().equals(memberId) && s.partnerId().equals(claims.tenant()))
                .filter(s -> s.isActiveAt(now));
        return session.map(s -> new MemberPrincipal(memberId, s.partnerId(), sessionId));
    }

    private Optional<Principal> accessToken(BearerClaims claims, Instant now) {
        AccessTokenId tokenId = AccessTokenId.parse(claims.grantId());
        Optional<AccessToken> token = directory.accessToken(tokenId)
                .filter(t -> t.partnerId().equals(claims.tenant()))
                .filter(t -> t.isActiveAt(now));
        // The token's current scopes apply, not those it was minted with: an update takes effect at once.
        return token.map(t -> new AccessTokenPrincipal(t.partnerId(), t.id(), t.mode(), t.scopes()));
    }

    private Optional<Principal> customer(BearerClaims claims) {
        CustomerId customerId = CustomerId.parse(claims.grantId());
        return unitOfWork.read(() -> customers.find(claims.tenant(), customerId))
                .filter(customer -> customer.status() == CustomerStatus.ACTIVE)
                .map(customer -> new CustomerPrincipal(customer.partnerId(), customer.id(), claims.scopes()));
    }

    private Optional<Principal> reseller(BearerClaims claims, Instant now) {
        Optional<ApiKey> key = directory.apiKey(claims.grantId())
                .filter(k -> k.partnerId().equals(claims.tenant()))
                .filter(k -> k.isActiveAt(now));
        return key.map(k -> new ResellerPrincipal(k.partnerId(), k.id(), k.mode(), claims.scopes()));
    }
}
