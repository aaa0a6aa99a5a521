package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Customers;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

public final class InMemoryCustomers implements Customers {

    private final TreeMap<UUID, Customer> customers = new TreeMap<>();

    @Override
    public synchronized boolean addIfUserIdFree(Customer customer) {
        if (findByUserId(customer.partnerId(), customer.userId()).isPresent()) {
            return false;
        }
        customers.put(customer.id().value(), customer);
        return true;
    }

    @Override
    public synchronized Optional<Customer> find(PartnerId partnerId, CustomerId id) {
        return Optional.ofNullable(customers.get(id.value())).filter(found -> found.partnerId().equals(partnerId));
    }

    @Override
    public synchronized Optional<Customer> findByUserId(PartnerId partnerId, String userId) {
        return customers.values().stream()
                .filter(customer -> customer.partnerId().equals(partnerId) && customer.userId().equals(userId))
                .findFirst();
    }

    @Override
    public synchronized Page<Customer> page(PartnerId partnerId, PageRequest request) {
        var tail = request.after().map(after -> customers.tailMap(after, false)).orElse(customers);
        List<Customer> rows = tail.values().stream()
                .filter(customer -> customer.partnerId().equals(partnerId))
                .limit(request.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rows, request.limit(), customer -> customer.id().value());
    }
}
