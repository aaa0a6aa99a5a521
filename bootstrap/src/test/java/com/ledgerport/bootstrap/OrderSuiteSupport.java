package com.ledgerport.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ledgerport.application.port.out.Categories;
import com.ledgerport.application.port.out.Products;
import com.ledgerport.application.port.out.Skus;
import com.ledgerport.application.port.out.StockItems;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.catalog.Category;
import com.ledgerport.domain.catalog.Product;
import com.ledgerport.domain.catalog.ProductId;
import com.ledgerport.domain.catalog.ProductType;
import com.ledgerport.domain.catalog.Sku;
import com.ledgerport.domain.catalog.SkuId;
import com.ledgerport.domain.catalog.Stock;
import com.ledgerport.domain.catalog.StockItem;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shared ground of the order suites: a funded partner with a signing secret and an access token, catalog
 * entries written through the catalog's ports, seed 002 signing done independently of the server's code, and
 * direct counts in the database (orders, holds, events) to prove that a refused request left nothing behind.
 */
abstract class OrderSuiteSupport extends CredentialSuiteSupport {

    static final String ALL_ORDER_SCOPES = "{\"orders\":{\"actions\":[\"create_one\",\"read_one\",\"read_many\"]},"
            + "\"services\":{\"actions\":[\"read_one\"]},\"balance\":{\"actions\":[\"read_one\"]}}";

    /** A partner ready to order: its token, its signing secret. */
    record Buyer(Tenant tenant, Token token, String secret) {

        String partnerId() {
            return tenant.partnerId();
        }
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ledgerport.orders.fulfilment-interval", "100ms", "ledgerport.orders.fulfilment-lease", "5s");
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    Buyer buyer(String fundedAmount, String overdraft) {
        Tenant tenant = newTenant();
        if (!fundedAmount.equals("0")) {
            Response funded = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/funding",
                    "{\"amount\":\"" + fundedAmount + "\",\"currency\":\"EUR\",\"reference\":\"seed\"}");
            assertEquals(201, funded.status(), funded.body());
        }
        if (!overdraft.equals("0")) {
            Response limit = operator("PUT", "/admin/v1/partners/" + tenant.partnerId() + "/overdraft",
                    "{\"currency\":\"EUR\",\"limit\":\"" + overdraft + "\"}");
            assertEquals(200, limit.status(), limit.body());
        }
        Response issued = operator("POST", "/admin/v1/partners/" + tenant.partnerId() + "/signing-secret", null);
        assertEquals(201, issued.status(), issued.body());
        return new Buyer(tenant, token(tenant, ALL_ORDER_SCOPES), (String) issued.json().get("secret"));
    }

    Sku sku(ProductType type, String price, String currency, Stock stock) {
        UnitOfWork unitOfWork = bean(UnitOfWork.class);
        return unitOfWork.write(() -> {
            Category category = bean(Categories.class).addIfNameFree("Category " + next(), List.of(),
                    clock.instant()).orElseThrow();
            Product product = new Product(ProductId.generate(), category.id(), "Product " + next(), type, Map.of(),
                    Optional.empty(), clock.instant());
            bean(Products.class).add(product);
            Sku sku = new Sku(SkuId.generate(), product.id(), "SKU " + next(), Money.parse(price,
                    Currency.of(currency)), Optional.empty(), stock, Map.of(), clock.instant());
            bean(Skus.class).add(sku);
            return sku;
        });
    }

    /** A voucher SKU with {@code codes} uploaded codes. */
    Sku vouchers(String price, int codes) {
        Sku sku = sku(ProductType.VOUCHER, price, "EUR", Stock.counted(0));
        List<StockItem> items = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            items.add(new StockItem.VoucherCode("CODE-" + sku.id() + "-" + i));
        }
        upload(sku, items);
        return sku;
    }

    void upload(Sku sku, List<StockItem> items) {
        StockItems.Upload upload = bean(UnitOfWork.class).write(() -> bean(StockItems.class).add(sku.id(), items,
                clock.instant()));
        assertEquals(new StockItems.Added(items.size()), upload);
    }

    String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    /** Seed 002's recipe, written here independently: hex(HMAC-SHA256(secret, timestamp + "." + body)). */
    static String hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String orderBody(String externalId, SkuId sku, int quantity) {
        return "{\"external_id\":\"" + externalId + "\",\"item\":{\"sku_id\":\"" + sku + "\",\"quantity\":" + quantity
                + "}}";
    }

    Response signedOrder(Buyer buyer, String body) {
        String timestamp = now();
        return postOrder(buyer, body, timestamp, hmac(buyer.secret(), timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    Response postOrder(Buyer buyer, String body, String timestamp, String signature) {
        return call("POST", "/v1/partner/orders", body, "Authorization", buyer.token().bearer(),
                "Content-Type", JSON, "X-Timestamp", timestamp, "X-Signature", signature);
    }

    Response getOrder(Buyer buyer, String uuid) {
        return call("GET", "/v1/partner/orders/" + uuid, null, "Authorization", buyer.token().bearer());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Response response) {
        return (Map<String, Object>) response.json().get("data");
    }

    /** Rows of a table that belong to the partner (orders) or to its balance account (transfers as debit). */
    long count(String sql, String partnerId) {
        Map<String, String> properties = database.properties();
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.getOrDefault(
                        "datasources.default.password", ""));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, java.util.UUID.fromString(partnerId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    long ordersOf(Buyer buyer) {
        return count("SELECT COUNT(*) FROM orders WHERE partner_id = ?", buyer.partnerId());
    }

    /** Transfers that debit the partner's balance other than funding: the order holds. */
    long holdsOf(Buyer buyer) {
        return count("SELECT COUNT(*) FROM transfer t JOIN ledger_account a ON a.id = t.debit_account_id"
                + " WHERE a.partner_id = ? AND t.kind = 'PENDING'", buyer.partnerId());
    }

    String available(Buyer buyer) {
        Response balance = call("GET", "/v1/partner/balance", null, "Authorization", buyer.token().bearer());
        assertEquals(200, balance.status(), balance.body());
        return (String) data(balance).get("available");
    }
}
