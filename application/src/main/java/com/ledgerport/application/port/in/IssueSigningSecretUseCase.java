package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.SigningSecretId;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues a partner's seed 002 signing secret, or rotates it: the previous secret keeps verifying for the
 * configured overlap. The plain secret is in the answer and nowhere else.
 */
public interface IssueSigningSecretUseCase {

    SigningSecretIssue issue(IssueSigningSecretCommand command);

    record IssueSigningSecretCommand(PartnerId partnerId, CallContext context) {
    }

    sealed interface SigningSecretIssue permits Issued, PartnerNotFound {
    }

    /** @param previousRetiresAt when the replaced secret stops verifying; empty on a partner's first secret */
    record Issued(SigningSecretId id, String secret, Optional<Instant> previousRetiresAt)
            implements SigningSecretIssue {

        @Override
        public String toString() {
            return "Issued[id=" + id + ", secret hidden, previousRetiresAt=" + previousRetiresAt + "]";
        }
    }

    record PartnerNotFound() implements SigningSecretIssue {
    }
}
