package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.audit.CallContext;
import java.time.Duration;
import java.time.Instant;

/** Seed 001 Generate Token: a Reseller API JWT for a partner that proved itself with an API key. */
public interface IssueResellerTokenUseCase {

    Duration TTL = Duration.ofHours(1);

    ResellerToken issue(IssueResellerTokenCommand command);

    record IssueResellerTokenCommand(ApiKeyPrincipal principal, CallContext context) {
    }

    record ResellerToken(String jwt, Instant expiresAt) {
        @Override
        public String toString() {
            return "ResellerToken[****, " + expiresAt + "]";
        }
    }
}
