package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.partner.PartnerId;

public interface AddCustomerUseCase {

    CustomerAddition add(AddCustomerCommand command);

    record AddCustomerCommand(PartnerId partnerId, String userId, String fullname, CallContext context) {
    }

    sealed interface CustomerAddition permits Added, Rejected {
    }

    record Added(Customer customer) implements CustomerAddition {
    }

    record Rejected(Reason reason) implements CustomerAddition {
    }

    /** In order of precedence. */
    enum Reason {
        PARTNER_NOT_FOUND,
        USER_ID_TAKEN
    }
}
