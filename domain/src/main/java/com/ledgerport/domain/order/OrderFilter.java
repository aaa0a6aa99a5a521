package com.ledgerport.domain.order;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;
import java.time.Instant;
import java.util.Optional;

/** Which of a partner's orders a listing shows; {@code createdFrom} and {@code createdTo} are inclusive. */
public record OrderFilter(PartnerId partnerId, Optional<OrderStatus> status, Optional<String> externalId,
        Optional<Instant> createdFrom, Optional<Instant> createdTo) {

    public OrderFilter {
        Require.present(partnerId, "partner id");
        Require.present(status, "status");
        Require.present(externalId, "external id");
        Require.present(createdFrom, "date_from");
        Require.present(createdTo, "date_to");
    }

    public static OrderFilter all(PartnerId partnerId) {
        return new OrderFilter(partnerId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean matches(Order order) {
        return order.partnerId().equals(partnerId)
                && status.map(order.status()::equals).orElse(true)
                && externalId.map(order.externalId()::equals).orElse(true)
                && createdFrom.map(from -> !order.createdAt().isBefore(from)).orElse(true)
                && createdTo.map(to -> !order.createdAt().isAfter(to)).orElse(true);
    }
}
