package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.MemberPrincipal;

/** Verifies a member's access token and that its session and partner still stand. */
public interface AuthenticateMemberUseCase {

    MemberAuthentication authenticate(AuthenticateMemberCommand command);

    record AuthenticateMemberCommand(String accessToken) {

        @Override
        public String toString() {
            return "AuthenticateMemberCommand[****]";
        }
    }

    sealed interface MemberAuthentication permits Authenticated, Rejected {
    }

    record Authenticated(MemberPrincipal principal) implements MemberAuthentication {
    }

    record Rejected(Reason reason) implements MemberAuthentication {
    }

    /** In order of precedence. */
    enum Reason {
        MALFORMED,
        EXPIRED,
        SESSION_REVOKED,
        PARTNER_SUSPENDED
    }
}
