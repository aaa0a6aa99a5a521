package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.partner.PartnerStatus;

/** Suspends or re-activates a partner; suspension cuts off its members and credentials at once. */
public interface ChangePartnerStatusUseCase {

    StatusChange change(ChangePartnerStatusCommand command);

    record ChangePartnerStatusCommand(PartnerId partnerId, PartnerStatus status, CallContext context) {
    }

    sealed interface StatusChange permits Changed, PartnerNotFound {
    }

    /** Also answered when the partner already had that status: the call is idempotent. */
    record Changed(Partner partner) implements StatusChange {
    }

    record PartnerNotFound() implements StatusChange {
    }
}
