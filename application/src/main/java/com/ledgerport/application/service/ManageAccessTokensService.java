package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ManageAccessTokensUseCase;
import com.ledgerport.application.port.out.AccessTokens;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ManageAccessTokensService implements ManageAccessTokensUseCase {

    private final UnitOfWork unitOfWork;
    private final AccessTokens accessTokens;
    private final AuditLog auditLog;
    private final CredentialDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    public ManageAccessTokensService(UnitOfWork unitOfWork, AccessTokens accessTokens, AuditLog auditLog,
            CredentialDirectory directory, Outbox outbox, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.accessTokens = accessTokens;
        this.auditLog = auditLog;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Outcome<List<AccessToken>> list(ListAccessTokensQuery query) {
        Optional<Refused<List<AccessToken>>> refused = refusal(query.caller(), query.company(),
                Permission.ACCESSTOKEN_READ_MANY);
        if (refused.isPresent()) {
            return refused.get();
        }
        return new Done<>(unitOfWork.read(() -> accessTokens.listByPartner(query.company())));
    }

    @Override
    public Outcome<AccessToken> get(GetAccessTokenQuery query) {
        Optional<Refused<AccessToken>> refused = refusal(query.caller(), query.company(),
                Permission.ACCESSTOKEN_READ_ONE);
        if (refused.isPresent()) {
            return refused.get();
        }
        return unitOfWork.read(() -> find(query.company(), query.tokenId())
                .<Outcome<AccessToken>>map(Done::new).orElseGet(ManageAccessTokensService::notFound));
    }

    @Override
    public Outcome<AccessToken> update(UpdateAccessTokenCommand command) {
        Optional<Refused<AccessToken>> refused = refusal(command.caller(), command.company(),
                Permission.ACCESSTOKEN_UPDATE_ONE);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (command.caller() instanceof AccessTokenPrincipal holder
                && command.scopes().filter(scopes -> !holder.scopes().covers(scopes)).isPresent()) {
            return new Refused<>(Reason.NOT_ALLOWED, "A token can only grant scopes it holds itself");
        }
        return unitOfWork.write(() -> {
            Optional<AccessToken> found = find(command.company(), command.tokenId());
            if (found.isEmpty()) {
                return notFound();
            }
            AccessToken updated = found.get();
            updated = command.description().map(updated::withDescription).orElse(updated);
            updated = command.scopes().map(updated::withScopes).orElse(updated);
            accessTokens.update(updated);
            AccessTokenEvents.append(outbox, EventType.ACCESS_TOKEN_UPDATED, updated, clock.instant());
            directory.changedAfterCommit(new CredentialChange.AccessTokenChanged(updated.id()));
            audit(command.context(), command.company(), "access_token.update", updated.id());
            return new Done<>(updated);
        });
    }

    @Override
    public Outcome<AccessToken> revoke(RevokeAccessTokenCommand command) {
        Optional<Refused<AccessToken>> refused = refusal(command.caller(), command.company(),
                Permission.ACCESSTOKEN_DELETE_ONE);
        if (refused.isPresent()) {
            return refused.get();
        }
        return unitOfWork.write(() -> {
            Optional<AccessToken> found = find(command.company(), command.tokenId());
            if (found.isEmpty()) {
                return notFound();
            }
            Instant now = clock.instant();
            accessTokens.revoke(command.tokenId(), now);
            AccessToken revoked = found.get().revokedAt(now);
            AccessTokenEvents.append(outbox, EventType.ACCESS_TOKEN_UPDATED, revoked, now);
            directory.changedAfterCommit(new CredentialChange.AccessTokenChanged(command.tokenId()));
            audit(command.context(), command.company(), "access_token.revoke", command.tokenId());
            return new Done<>(revoked);
        });
    }

    private Optional<AccessToken> find(PartnerId company, AccessTokenId id) {
        return accessTokens.find(id).filter(token -> token.partnerId().equals(company));
    }

    private void audit(CallContext context, PartnerId company, String action, AccessTokenId id) {
        auditLog.append(AuditRecord.of(context, clock.instant(), Optional.of(company), action, id.toString(),
                AuditRecord.SUCCEEDED));
    }

    private static <T> Optional<Refused<T>> refusal(Principal caller, PartnerId company, Permission permission) {
        if (!caller.partnerId().equals(company)) {
            return Optional.of(new Refused<>(Reason.COMPANY_NOT_ALLOWED, "You may not act for this company"));
        }
        if (!caller.allows(permission)) {
            return Optional.of(new Refused<>(Reason.NOT_ALLOWED, "Missing scope " + permission));
        }
        return Optional.empty();
    }

    private static <T> Outcome<T> notFound() {
        return new Refused<>(Reason.NOT_FOUND, "Access token not found");
    }
}
