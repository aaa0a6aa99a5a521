package com.ledgerport.application.port.in;

import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;

public interface ListCustomersUseCase {

    CustomerListing list(ListCustomersQuery query);

    record ListCustomersQuery(PartnerId partnerId, PageRequest page, CallContext context) {
    }

    sealed interface CustomerListing permits Listed, PartnerNotFound {
    }

    record Listed(Page<Customer> page) implements CustomerListing {
    }

    record PartnerNotFound() implements CustomerListing {
    }
}
