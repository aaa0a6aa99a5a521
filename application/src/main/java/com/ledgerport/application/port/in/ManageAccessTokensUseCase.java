package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.AccessTokenId;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/**
 * Seed 004's read one / read many / update / revoke of access tokens. Every operation names the company; the
 * caller must act for it, and a token of another company is "not found".
 */
public interface ManageAccessTokensUseCase {

    Outcome<List<AccessToken>> list(ListAccessTokensQuery query);

    Outcome<AccessToken> get(GetAccessTokenQuery query);

    Outcome<AccessToken> update(UpdateAccessTokenCommand command);

    Outcome<AccessToken> revoke(RevokeAccessTokenCommand command);

    record ListAccessTokensQuery(Principal caller, PartnerId company) {
    }

    record GetAccessTokenQuery(Principal caller, PartnerId company, AccessTokenId tokenId) {
    }

    /** Absent fields stay as they are. New scopes may not exceed what the caller itself holds. */
    record UpdateAccessTokenCommand(Principal caller, PartnerId company, AccessTokenId tokenId,
            Optional<String> description, Optional<Scopes> scopes, CallContext context) {
    }

    record RevokeAccessTokenCommand(Principal caller, PartnerId company, AccessTokenId tokenId,
            CallContext context) {
    }

    sealed interface Outcome<T> permits Done, Refused {
    }

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Reason reason, String message) implements Outcome<T> {
    }

    /** In order of precedence. */
    enum Reason {
        COMPANY_NOT_ALLOWED,
        NOT_ALLOWED,
        NOT_FOUND
    }
}
