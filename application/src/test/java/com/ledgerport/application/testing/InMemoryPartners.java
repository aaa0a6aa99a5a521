package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.Partners;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

public final class InMemoryPartners implements Partners {

    private final TreeMap<UUID, Partner> partners = new TreeMap<>();

    @Override
    public synchronized void add(Partner partner) {
        if (partners.putIfAbsent(partner.id().value(), partner) != null) {
            throw new IllegalStateException("duplicate partner id " + partner.id());
        }
    }

    @Override
    public synchronized boolean update(Partner partner) {
        return partners.replace(partner.id().value(), partner) != null;
    }

    @Override
    public synchronized Optional<Partner> find(PartnerId id) {
        return Optional.ofNullable(partners.get(id.value()));
    }

    @Override
    public synchronized Page<Partner> page(PageRequest request) {
        var tail = request.after().map(after -> partners.tailMap(after, false)).orElse(partners);
        List<Partner> rows = tail.values().stream().limit(request.limit() + 1L).toList();
        return Page.fromOverfetch(rows, request.limit(), partner -> partner.id().value());
    }
}
