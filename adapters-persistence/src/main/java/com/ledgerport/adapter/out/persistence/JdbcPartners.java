package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Partners;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.partner.PartnerStatus;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcPartners implements Partners {

    private static final String COLUMNS = "id, name, currency, status, created_at";

    private final Jdbc jdbc;

    JdbcPartners(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Partner partner) {
        jdbc.update("INSERT INTO partner (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", p -> p
                .uuid(partner.id().value())
                .text(partner.name())
                .text(partner.currency().code())
                .text(partner.status().name())
                .instant(partner.createdAt()));
    }

    @Override
    public boolean update(Partner partner) {
        return jdbc.update("UPDATE partner SET status = ? WHERE id = ?", p -> p
                .text(partner.status().name())
                .uuid(partner.id().value())) == 1;
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM partner WHERE id = ?", p -> p.uuid(id.value()),
                JdbcPartners::map);
    }

    @Override
    public Page<Partner> page(PageRequest request) {
        List<Partner> rows = request.after().isPresent()
                ? jdbc.list("SELECT " + COLUMNS + " FROM partner WHERE id > ? ORDER BY id LIMIT ?",
                        p -> p.uuid(request.after().get()).integer(request.limit() + 1), JdbcPartners::map)
                : jdbc.list("SELECT " + COLUMNS + " FROM partner ORDER BY id LIMIT ?",
                        p -> p.integer(request.limit() + 1), JdbcPartners::map);
        return Page.fromOverfetch(rows, request.limit(), partner -> partner.id().value());
    }

    private static Partner map(Row row) throws SQLException {
        return new Partner(new PartnerId(row.uuid("id")), row.text("name"), Currency.of(row.text("currency")),
                PartnerStatus.valueOf(row.text("status")), row.instant("created_at"));
    }
}
