package com.ledgerport.application.port.out;

import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.Optional;

/** Partners' customers; every read names the partner, so another partner's customer is simply not found. */
public interface Customers {

    /** Adds the customer unless its partner already has one with the same user_id; answers whether it did. */
    boolean addIfUserIdFree(Customer customer);

    Optional<Customer> find(PartnerId partnerId, CustomerId id);

    Optional<Customer> findByUserId(PartnerId partnerId, String userId);

    Page<Customer> page(PartnerId partnerId, PageRequest request);
}
