package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Orders;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders in memory; "locks" are not modelled (application tests run one thread), leases are. */
public final class InMemoryOrders implements Orders {

    private record Lease(String worker, Instant until) {
    }

    private final Map<OrderId, Order> orders = new LinkedHashMap<>();
    private final Map<OrderId, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean addIfExternalIdFree(Order order) {
        if (findByExternalId(order.partnerId(), order.externalId()).isPresent()) {
            return false;
        }
        orders.put(order.id(), order);
        return true;
    }

    @Override
    public synchronized Optional<Order> findByExternalId(PartnerId partnerId, String externalId) {
        return orders.values().stream()
                .filter(o -> o.partnerId().equals(partnerId) && o.externalId().equals(externalId)).findFirst();
    }

    @Override
    public synchronized Optional<Order> find(PartnerId partnerId, OrderId id) {
        return Optional.ofNullable(orders.get(id)).filter(o -> o.partnerId().equals(partnerId));
    }

    @Override
    public synchronized Page<Order> list(OrderFilter filter, PageRequest page) {
        List<Order> rows = orders.values().stream().filter(filter::matches)
                .filter(o -> page.after().map(after -> o.id().value().compareTo(after) < 0).orElse(true))
                .sorted(Comparator.comparing((Order o) -> o.id().value()).reversed())
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), o -> o.id().value());
    }

    @Override
    public synchronized List<Order> lockDue(Instant now, int limit) {
        return orders.values().stream()
                .filter(o -> o.status() == OrderStatus.CREATED || (o.status() == OrderStatus.PROCESSING
                        && leases.containsKey(o.id()) && leases.get(o.id()).until().isBefore(now)))
                .sorted(Comparator.comparing((Order o) -> o.id().value())).limit(limit).toList();
    }

    @Override
    public synchronized void lease(Order order, String worker, Instant leaseUntil) {
        orders.put(order.id(), order);
        leases.put(order.id(), new Lease(worker, leaseUntil));
    }

    @Override
    public synchronized Optional<Order> lock(PartnerId partnerId, OrderId id) {
        return Optional.ofNullable(orders.get(id)).filter(order -> order.partnerId().equals(partnerId));
    }

    @Override
    public synchronized Optional<Order> lockLeased(OrderId id, String worker) {
        return Optional.ofNullable(orders.get(id)).filter(o -> o.status() == OrderStatus.PROCESSING)
                .filter(o -> leases.containsKey(id) && leases.get(id).worker().equals(worker));
    }

    @Override
    public synchronized void finish(Order order) {
        orders.put(order.id(), order);
        leases.remove(order.id());
    }

    public synchronized List<Order> all() {
        return List.copyOf(orders.values());
    }
}
