package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;

/** The operator reads one customer under its partner; under any other partner it is not found. */
public interface GetCustomerUseCase {

    Optional<Customer> get(GetCustomerQuery query);

    record GetCustomerQuery(PartnerId partnerId, CustomerId customerId, CallContext context) {
    }
}
