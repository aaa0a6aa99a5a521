package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.MemberPrincipal;
import com.ledgerport.domain.access.Session;
import com.ledgerport.domain.access.SessionId;
import com.ledgerport.domain.audit.CallContext;

public interface RevokeSessionUseCase {

    Revocation revoke(RevokeSessionCommand command);

    /** Revokes every active session of the member, the calling one included; answers how many. */
    int revokeAll(RevokeAllSessionsCommand command);

    record RevokeSessionCommand(MemberPrincipal principal, SessionId sessionId, CallContext context) {
    }

    record RevokeAllSessionsCommand(MemberPrincipal principal, CallContext context) {
    }

    sealed interface Revocation permits Revoked, SessionNotFound {
    }

    /** Also answered for a session that was already revoked: revoking is idempotent. */
    record Revoked(Session session) implements Revocation {
    }

    /** Unknown, or another member's: a foreign id is "not found". */
    record SessionNotFound() implements Revocation {
    }
}
