package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Email;

public interface AddMemberUseCase {

    MemberAddition add(AddMemberCommand command);

    record AddMemberCommand(PartnerId partnerId, Email email, Password password, CallContext context) {
    }

    sealed interface MemberAddition permits Added, Rejected {
    }

    record Added(Member member) implements MemberAddition {
    }

    record Rejected(Reason reason) implements MemberAddition {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        EMAIL_TAKEN
    }
}
