package com.ledgerport.application.service;

import com.ledgerport.application.port.in.IssueAccessTokenUseCase;
import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.BearerTokens;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.BearerClaims;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Issues a seed-004 access token. The issuer must act for the company and hold {@code accesstoken.create_one};
 * an access token creating another can only hand on scopes it holds itself.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    private final UnitOfWork unitOfWork;
    private final AccessTokens accessTokens;
    private final BearerTokens bearerTokens;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration lifetimeMax;
    private final int activeTokensMax;

    public IssueAccessTokenService(UnitOfWork unitOfWork, AccessTokens accessTokens, BearerTokens bearerTokens,
            AuditLog auditLog, Outbox outbox, Clock clock, Duration lifetimeMax, int activeTokensMax) {
        Require.that(lifetimeMax.compareTo(AccessToken.LIFETIME_DEFAULT) >= 0,
                "the maximum lifetime must be at least the default of one year");
        this.unitOfWork = unitOfWork;
        this.accessTokens = accessTokens;
        this.bearerTokens = bearerTokens;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
        this.lifetimeMax = lifetimeMax;
        this.activeTokensMax = activeTokensMax;
    }

    @Override
    public AccessTokenIssue issue(IssueAccessTokenCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Rejected> refusal = refusal(command, now);
            if (refusal.isPresent()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.issuer().partnerId()),
                        "access_token.create", "",
                        AuditRecord.rejected(refusal.get().reason().name().toLowerCase(Locale.ROOT))));
                return refusal.get();
            }
            Instant expiresAt = command.expiresAtUnix().map(Instant::ofEpochSecond)
                    .orElse(now.plus(AccessToken.LIFETIME_DEFAULT));
            Optional<Instant> parentEnd = parentExpiry(command);
            if (parentEnd.isPresent() && expiresAt.isAfter(parentEnd.get())) {
                // A token made by a token never outlives it; by default it simply ends with it.
                expiresAt = parentEnd.get();
            }
            AccessToken token = new AccessToken(AccessTokenId.generate(), command.company(), command.description(),
                    command.mode(), command.scopes(), now, expiresAt, Optional.empty(), command.issuer().actor());
            accessTokens.add(token);
            AccessTokenEvents.append(outbox, EventType.ACCESS_TOKEN_CREATED, token, now);
            String jwt = bearerTokens.mint(new BearerClaims(TokenKind.ACCESS_TOKEN, command.company().toString(),
                    command.company(), token.id().toString(), now, expiresAt, token.scopes(),
                    Optional.of(token.mode())));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.company()),
                    "access_token.create", token.id().toString(), AuditRecord.SUCCEEDED));
            return new Issued(token, jwt);
        });
    }

    private Optional<Instant> parentExpiry(IssueAccessTokenCommand command) {
        if (command.issuer() instanceof AccessTokenPrincipal holder) {
            return accessTokens.find(holder.tokenId()).map(AccessToken::expiresAt);
        }
        return Optional.empty();
    }

    private Optional<Rejected> refusal(IssueAccessTokenCommand command, Instant now) {
        if (!command.issuer().partnerId().equals(command.company())) {
            return Optional.of(new Rejected(Reason.COMPANY_NOT_ALLOWED, "You may not act for this company"));
        }
        if (!command.issuer().allows(Permission.ACCESSTOKEN_CREATE_ONE)) {
            return Optional.of(new Rejected(Reason.NOT_ALLOWED, "Missing scope accesstoken.create_one"));
        }
        if (command.issuer() instanceof AccessTokenPrincipal holder && !holder.scopes().covers(command.scopes())) {
            return Optional.of(new Rejected(Reason.NOT_ALLOWED,
                    "A token can only grant scopes it holds itself"));
        }
        // Seed 004: an access token is restricted to a company and a mode, so it cannot mint one for another mode.
        if (command.issuer() instanceof AccessTokenPrincipal holder && holder.mode() != command.mode()) {
            String mode = holder.mode().wireName();
            return Optional.of(new Rejected(Reason.NOT_ALLOWED,
                    "A " + mode + " mode token can only create " + mode + " mode tokens"));
        }
        if (command.expiresAtUnix().isPresent() && parentExpiry(command)
                .filter(end -> command.expiresAtUnix().get() > end.getEpochSecond()).isPresent()) {
            return Optional.of(new Rejected(Reason.INVALID_EXPIRY,
                    "expiresIn must not be later than the expiry of the token creating it"));
        }
        if (command.expiresAtUnix().isPresent()) {
            long at = command.expiresAtUnix().get();
            if (at <= now.getEpochSecond()) {
                return Optional.of(new Rejected(Reason.INVALID_EXPIRY, "expiresIn must be a future Unix time"));
            }
            if (at - now.getEpochSecond() > lifetimeMax.toSeconds()) {
                return Optional.of(new Rejected(Reason.INVALID_EXPIRY,
                        "expiresIn must be at most " + lifetimeMax.toDays() + " days from now"));
            }
        }
        if (accessTokens.countActive(command.company(), now) >= activeTokensMax) {
            return Optional.of(new Rejected(Reason.TOO_MANY_TOKENS,
                    "A company may hold at most " + activeTokensMax + " active access tokens"));
        }
        return Optional.empty();
    }
}
