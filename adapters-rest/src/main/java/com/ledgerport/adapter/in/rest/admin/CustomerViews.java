package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.domain.customer.Customer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The operator API's JSON shape of a customer. */
final class CustomerViews {

    private CustomerViews() {
    }

    static Map<String, Object> customer(Customer customer) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", customer.id().toString());
        view.put("partner_id", customer.partnerId().toString());
        view.put("user_id", customer.userId());
        view.put("fullname", customer.fullname());
        view.put("status", customer.status().wireName());
        view.put("created_at", Times.iso(customer.createdAt()));
        return view;
    }
}
