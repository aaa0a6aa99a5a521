package com.ledgerport.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL of a signed order, as pgbench scripts, and the catalog both sides share. The scripts send the statements
 * the JDBC adapters send (docs/performance.md lists what remains different): the signature check's read-only
 * transaction (the partner's verifying secrets), then the order's — the signature remembered once, external id
 * look-up, SKU, the order insert, the hold's key look-up, the balance row lock, the hold (transfer, pending hold,
 * counters, its audit, sent together) and the order's audit. A replay stops after the external id look-up. The
 * operator's revenue account, the product and the partner's balance account id are not read: the application
 * remembers them (immutable).
 */
final class OrderScripts {

    static final long PRICE_MINOR = 100;
    static final String ORDER_COLUMNS = "id, partner_id, external_id, mode, sku_id, quantity, product_id, "
            + "product_type, unit_price, total, currency, metadata, fingerprint, status, delivered_quantity, "
            + "created_at, updated_at";

    private OrderScripts() {
    }

    /** One category, one product, one unlimited SKU at 1.00 EUR: {@code md5('product')}, {@code md5('sku')}. */
    static void seedCatalog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO category (id, name, created_at) VALUES (1, 'Bench', now())");
            statement.executeUpdate("INSERT INTO product (id, category_id, name, type, attributes, supplier_id, "
                    + "created_at) VALUES (md5('product')::uuid, 1, 'Top-up', 'RECHARGE', '{}', NULL, now())");
            statement.executeUpdate("INSERT INTO sku (id, product_id, name, price_minor, currency, face_value_minor, "
                    + "face_value_currency, stock_unlimited, stock_count, attributes, created_at) VALUES "
                    + "(md5('sku')::uuid, md5('product')::uuid, '1 EUR', " + PRICE_MINOR + ", 'EUR', NULL, NULL, "
                    + "true, 0, '{}', now())");
        }
    }

    /** pgbench's side: a signing secret row per partner (never decrypted there) and {@code replays} orders. */
    static void seedForPgbench(Connection connection, int partners, int replays) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO signing_secret (id, partner_id, sealed_secret, created_at) "
                    + "SELECT md5('s' || n)::uuid, md5('p' || n)::uuid, md5('sealed' || n), now() "
                    + "FROM generate_series(1, " + partners + ") AS n");
            statement.executeUpdate("INSERT INTO orders (" + ORDER_COLUMNS + ") SELECT md5('o' || n)::uuid, "
                    + "md5('p' || (1 + n % " + partners + "))::uuid, 'r-' || n, 'LIVE', md5('sku')::uuid, 1, "
                    + "md5('product')::uuid, 'RECHARGE', " + PRICE_MINOR + ", " + PRICE_MINOR + ", 'EUR', NULL, "
                    + "md5('f'), 'CREATED', 0, now(), now() FROM generate_series(1, " + replays + ") AS n");
            statement.execute("VACUUM ANALYZE");
        }
    }

    /** The verifying secrets, read in a read-only transaction of their own (the HMAC is checked in between). */
    private static String signatureCheck() {
        return "BEGIN;\n"
                + "SELECT id, partner_id, sealed_secret, created_at, retires_at FROM signing_secret "
                + "WHERE partner_id = md5('p' || :p)::uuid AND (retires_at IS NULL OR retires_at > now()) "
                + "ORDER BY id DESC LIMIT 3;\n"
                + "END;\n";
    }

    /** The signature remembered: the first statement of the order's transaction. */
    private static String rememberSignature() {
        return "INSERT INTO seen_request_signature (partner_id, signature, forget_after) VALUES "
                + "(md5('p' || :p)::uuid, md5(CAST(:k1 AS text) || '.' || CAST(:k2 AS text)) "
                + "|| md5(CAST(:k2 AS text) || '.' || CAST(:k1 AS text)), now() + interval '6 min') "
                + "ON CONFLICT DO NOTHING;\n";
    }

    private static String lookUp(String externalId) {
        return "SELECT " + ORDER_COLUMNS + " FROM orders WHERE partner_id = md5('p' || :p)::uuid AND external_id = "
                + externalId + ";\n";
    }

    /** A new order: {@code :partners} given with -D. */
    static String create() {
        String partner = "md5('p' || :p)::uuid";
        String balance = "md5('a' || :p)::uuid";
        String externalId = "'b-' || CAST(:k1 AS text) || '-' || CAST(:k2 AS text)";
        String holdKey = "'order-hold:' || CAST(:oid AS text)";
        return "\\set p random(1, :partners)\n\\set k1 random(1, 9000000000000000000)\n"
                + "\\set k2 random(1, 9000000000000000000)\n"
                + signatureCheck()
                + "BEGIN;\n"
                + rememberSignature()
                + lookUp(externalId)
                // The application makes its ids in Java; here the SKU read makes them, once per order. The product
                // and the partner's balance account id are immutable: the application remembers them, so no read.
                + "SELECT id, product_id, name, price_minor, currency, face_value_minor, face_value_currency, "
                + "stock_unlimited, stock_count, attributes, created_at, bench_uuidv7() AS oid, "
                + "bench_uuidv7() AS tid, bench_uuidv7() AS aid, bench_uuidv7() AS bid FROM sku "
                + "WHERE id = md5('sku')::uuid \\aset\n"
                + "INSERT INTO orders (" + ORDER_COLUMNS + ") VALUES (CAST(:oid AS uuid), " + partner + ", "
                + externalId + ", 'LIVE', md5('sku')::uuid, 1, md5('product')::uuid, 'RECHARGE', " + PRICE_MINOR
                + ", " + PRICE_MINOR + ", 'EUR', NULL, md5(CAST(:k1 AS text) || 'f'), 'CREATED', 0, now(), now()) "
                + "ON CONFLICT DO NOTHING;\n"
                + "SELECT " + Scenario.TRANSFER_COLUMNS + " FROM transfer WHERE idempotency_key IN (" + holdKey + ");\n"
                + "SELECT " + Scenario.ACCOUNT_COLUMNS + " FROM ledger_account WHERE id IN (" + balance
                + ", md5('revenue')::uuid) AND overdraft_limit IS NOT NULL ORDER BY id FOR UPDATE;\n"
                + "\\startpipeline\n"
                + "INSERT INTO transfer (" + Scenario.TRANSFER_COLUMNS + ") VALUES (CAST(:tid AS uuid), " + holdKey
                + ", 'PENDING', 'ORDER', " + balance + ", md5('revenue')::uuid, " + PRICE_MINOR
                + ", 'EUR', NULL, NULL, 0, CAST(:oid AS text), now()) ON CONFLICT DO NOTHING;\n"
                + "INSERT INTO pending_hold (transfer_id, debit_account_id, credit_account_id, amount, expires_at) "
                + "VALUES (CAST(:tid AS uuid), " + balance + ", md5('revenue')::uuid, " + PRICE_MINOR + ", NULL);\n"
                + "UPDATE ledger_account SET debits_pending = debits_pending + " + PRICE_MINOR + ", debits_posted = "
                + "debits_posted, credits_pending = credits_pending, credits_posted = credits_posted, "
                + "last_transfer_id = CAST(:tid AS uuid) WHERE id = " + balance
                + " AND overdraft_limit IS NOT NULL;\n"
                + audit("CAST(:aid AS uuid)", "ledger.hold", "CAST(:tid AS text)")
                + "\\endpipeline\n"
                + audit("CAST(:bid AS uuid)", "order.create", "CAST(:oid AS text)")
                + "END;\n";
    }

    /** The same request again: {@code :replays} orders {@code r-1..r-n} exist. */
    static String replay() {
        return "\\set n random(1, :replays)\n\\set p 1 + (:n % :partners)\n"
                + "\\set k1 random(1, 9000000000000000000)\n\\set k2 random(1, 9000000000000000000)\n"
                + signatureCheck()
                + "BEGIN;\n"
                + rememberSignature()
                + lookUp("'r-' || CAST(:n AS text)")
                + "END;\n";
    }

    private static String audit(String id, String action, String target) {
        return "INSERT INTO audit_record (id, occurred_at, actor, partner_id, action, target, outcome, request_id) "
                + "VALUES (" + id + ", now(), 'system', md5('p' || :p)::uuid, '" + action + "', "
                + target + ", 'succeeded', 'bench');\n";
    }
}
