package com.ledgerport.application.port.out;

import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Partners' orders. An order's {@code external_id} is unique per partner; every lookup names the partner, so
 * another partner's order is never found. Fulfilment takes orders under a lease: a node marks the orders it works
 * on with its name and a time after which any node may take them over (it crashed, or is stuck).
 */
public interface Orders {

    /** Most orders one fulfilment claim takes. */
    int CLAIM_MAX = 500;

    /**
     * Adds the order unless the partner already has one with its external id; answers whether it was added. A
     * concurrent add of the same external id waits for the other transaction and then answers false (or adds,
     * if the other rolled back).
     */
    boolean addIfExternalIdFree(Order order);

    Optional<Order> findByExternalId(PartnerId partnerId, String externalId);

    Optional<Order> find(PartnerId partnerId, OrderId id);

    /** The partner's orders matching the filter, newest first (id order, descending). */
    Page<Order> list(OrderFilter filter, PageRequest page);

    /**
     * Locks up to {@code limit} orders that need fulfilment — {@code created}, or {@code processing} with a lease
     * that ended before {@code now} — oldest first, skipping rows other transactions hold locked (so nodes claim
     * disjoint sets), until the unit of work ends.
     */
    List<Order> lockDue(Instant now, int limit);

    /** Stores the order's status and sets its lease to {@code worker} until {@code leaseUntil}. */
    void lease(Order order, String worker, Instant leaseUntil);

    /**
     * Locks one of the partner's orders until the unit of work ends, waiting for a transaction that holds it
     * (fulfilment claiming it); empty for an unknown order or another partner's.
     */
    Optional<Order> lock(PartnerId partnerId, OrderId id);

    /** Locks a {@code processing} order whose lease {@code worker} holds; empty when it lost the lease. */
    Optional<Order> lockLeased(OrderId id, String worker);

    /** Stores a finished order's status and delivered quantity, and ends its lease. */
    void finish(Order order);
}
