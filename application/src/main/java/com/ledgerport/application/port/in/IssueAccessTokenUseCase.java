package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/** Seed 004 create accesstoken: a scoped, long-lived JWT for one company (partner) and mode, shown once. */
public interface IssueAccessTokenUseCase {

    AccessTokenIssue issue(IssueAccessTokenCommand command);

    /** @param expiresAtUnix seed 004's {@code expiresIn}: an absolute Unix time in seconds; default one year */
    record IssueAccessTokenCommand(Principal issuer, PartnerId company, String description, Mode mode,
            Scopes scopes, Optional<Long> expiresAtUnix, CallContext context) {
    }

    sealed interface AccessTokenIssue permits Issued, Rejected {
    }

    record Issued(AccessToken token, String jwt) implements AccessTokenIssue {
        @Override
        public String toString() {
            return "Issued[" + token.id() + ", ****]";
        }
    }

    record Rejected(Reason reason, String message) implements AccessTokenIssue {
    }

    /** In order of precedence. */
    enum Reason {
        /** The issuer may not act for this company (403). */
        COMPANY_NOT_ALLOWED,
        /** The issuer may not create tokens, or not with these scopes (403). */
        NOT_ALLOWED,
        INVALID_EXPIRY,
        TOO_MANY_TOKENS
    }
}
