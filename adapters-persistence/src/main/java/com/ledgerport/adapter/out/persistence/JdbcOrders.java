package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Orders;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.order.Order;
import com.ledgerport.domain.order.OrderFilter;
import com.ledgerport.domain.order.OrderId;
import com.ledgerport.domain.order.OrderItem;
import com.ledgerport.domain.order.OrderStatus;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcOrders implements Orders {

    private static final String COLUMNS = "id, partner_id, external_id, mode, sku_id, quantity, product_id, "
            + "product_type, unit_price, total, currency, metadata, fingerprint, status, delivered_quantity, "
            + "created_at, updated_at";

    private final Jdbc jdbc;

    JdbcOrders(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfExternalIdFree(Order order) {
        return jdbc.update("INSERT INTO orders (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", p -> p
                .uuid(order.id().value())
                .uuid(order.partnerId().value())
                .text(order.externalId())
                .text(order.mode().name())
                .uuid(order.item().skuId().value())
                .integer(order.item().quantity())
                .uuid(order.productId().value())
                .text(order.productType().name())
                .bigint(order.unitPrice().minor())
                .bigint(order.total().minor())
                .text(order.total().currency().code())
                .text(order.metadata().orElse(null))
                .text(order.fingerprint())
                .text(order.status().name())
                .integer(order.deliveredQuantity())
                .instant(order.createdAt())
                .instant(order.updatedAt())) == 1;
    }

    @Override
    public Optional<Order> findByExternalId(PartnerId partnerId, String externalId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM orders WHERE partner_id = ? AND external_id = ?",
                p -> p.uuid(partnerId.value()).text(externalId), JdbcOrders::map);
    }

    @Override
    public Optional<Order> find(PartnerId partnerId, OrderId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM orders WHERE id = ? AND partner_id = ?",
                p -> p.uuid(id.value()).uuid(partnerId.value()), JdbcOrders::map);
    }

    @Override
    public Page<Order> list(OrderFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM orders WHERE partner_id = ?");
        List<Jdbc.Binder> binders = new ArrayList<>();
        binders.add(p -> p.uuid(filter.partnerId().value()));
        filter.status().ifPresent(status -> {
            sql.append(" AND status = ?");
            binders.add(p -> p.text(status.name()));
        });
        filter.externalId().ifPresent(externalId -> {
            sql.append(" AND external_id = ?");
            binders.add(p -> p.text(externalId));
        });
        filter.createdFrom().ifPresent(from -> {
            sql.append(" AND created_at >= ?");
            binders.add(p -> p.instant(from));
        });
        filter.createdTo().ifPresent(to -> {
            sql.append(" AND created_at <= ?");
            binders.add(p -> p.instant(to));
        });
        page.after().ifPresent(after -> {
            sql.append(" AND id < ?");
            binders.add(p -> p.uuid(after));
        });
        sql.append(" ORDER BY id DESC LIMIT ?");
        binders.add(p -> p.integer(page.limit() + 1));
        List<Order> rows = jdbc.list(sql.toString(), p -> {
            for (Jdbc.Binder binder : binders) {
                binder.bind(p);
            }
        }, JdbcOrders::map);
        return Page.fromOverfetch(rows, page.limit(), order -> order.id().value());
    }

    @Override
    public List<Order> lockDue(Instant now, int limit) {
        // Two index ranges (new orders; processing orders whose lease ended), each oldest first; SKIP LOCKED makes
        // concurrent claims on several nodes take disjoint orders instead of queueing behind each other.
        return jdbc.list("SELECT " + COLUMNS + " FROM orders WHERE status = 'CREATED'"
                + " OR (status = 'PROCESSING' AND lease_until < ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                p -> p.instant(now).integer(limit), JdbcOrders::map);
    }

    @Override
    public void lease(Order order, String worker, Instant leaseUntil) {
        jdbc.update("UPDATE orders SET status = ?, lease_owner = ?, lease_until = ?, updated_at = ? WHERE id = ?",
                p -> p.text(order.status().name()).text(worker).instant(leaseUntil).instant(order.updatedAt())
                        .uuid(order.id().value()));
    }

    @Override
    public Optional<Order> lock(PartnerId partnerId, OrderId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM orders WHERE id = ? AND partner_id = ? FOR UPDATE",
                p -> p.uuid(id.value()).uuid(partnerId.value()), JdbcOrders::map);
    }

    @Override
    public Optional<Order> lockLeased(OrderId id, String worker) {
        return jdbc.one("SELECT " + COLUMNS + " FROM orders WHERE id = ? AND status = 'PROCESSING' AND lease_owner = ?"
                + " FOR UPDATE", p -> p.uuid(id.value()).text(worker), JdbcOrders::map);
    }

    @Override
    public void finish(Order order) {
        jdbc.update("UPDATE orders SET status = ?, delivered_quantity = ?, lease_owner = NULL, lease_until = NULL,"
                + " updated_at = ? WHERE id = ?", p -> p.text(order.status().name())
                .integer(order.deliveredQuantity()).instant(order.updatedAt()).uuid(order.id().value()));
    }

    private static Order map(Row row) throws SQLException {
        Currency currency = Currency.of(row.text("currency"));
        return new Order(new OrderId(row.uuid("id")), new PartnerId(row.uuid("partner_id")), row.text("external_id"),
                Mode.valueOf(row.text("mode")), new OrderItem(new SkuId(row.uuid("sku_id")), row.integer("quantity")),
                new ProductId(row.uuid("product_id")), ProductType.valueOf(row.text("product_type")),
                Money.ofMinor(row.bigint("unit_price"), currency), Money.ofMinor(row.bigint("total"), currency),
                Optional.ofNullable(row.text("metadata")), row.text("fingerprint"),
                OrderStatus.valueOf(row.text("status")), row.integer("delivered_quantity"),
                row.instant("created_at"), row.instant("updated_at"));
    }
}
