package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Customers;
import com.ledgerport.domain.customer.Customer;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.customer.CustomerStatus;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcCustomers implements Customers {

    private static final String COLUMNS = "id, partner_id, user_id, fullname, status, created_at";

    private final Jdbc jdbc;

    JdbcCustomers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfUserIdFree(Customer customer) {
        return jdbc.update("INSERT INTO customer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                p -> p.uuid(customer.id().value())
                        .uuid(customer.partnerId().value())
                        .text(customer.userId())
                        .text(customer.fullname())
                        .text(customer.status().name())
                        .instant(customer.createdAt())) == 1;
    }

    @Override
    public Optional<Customer> find(PartnerId partnerId, CustomerId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM customer WHERE id = ? AND partner_id = ?",
                p -> p.uuid(id.value()).uuid(partnerId.value()), JdbcCustomers::map);
    }

    @Override
    public Optional<Customer> findByUserId(PartnerId partnerId, String userId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM customer WHERE partner_id = ? AND user_id = ?",
                p -> p.uuid(partnerId.value()).text(userId), JdbcCustomers::map);
    }

    @Override
    public Page<Customer> page(PartnerId partnerId, PageRequest request) {
        List<Customer> rows = request.after().isPresent()
                ? jdbc.list("SELECT " + COLUMNS + " FROM customer WHERE partner_id = ? AND id > ? ORDER BY id LIMIT ?",
                        p -> p.uuid(partnerId.value()).uuid(request.after().get()).integer(request.limit() + 1),
                        JdbcCustomers::map)
                : jdbc.list("SELECT " + COLUMNS + " FROM customer WHERE partner_id = ? ORDER BY id LIMIT ?",
                        p -> p.uuid(partnerId.value()).integer(request.limit() + 1), JdbcCustomers::map);
        return Page.fromOverfetch(rows, request.limit(), customer -> customer.id().value());
    }

    private static Customer map(Row row) throws SQLException {
        return new Customer(new CustomerId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                row.text("user_id"), row.text("fullname"), CustomerStatus.valueOf(row.text("status")),
                row.instant("created_at"));
    }
}
