package com.ledgerport.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database for one measurement, dropped afterwards. Accounts get ids that both sides can compute
 * without a lookup: account {@code n} is {@code md5('a' || n)::uuid} (its partner {@code md5('p' || n)::uuid}),
 * the operator's revenue account {@code md5('revenue')::uuid}.
 */
final class BenchDatabase implements AutoCloseable {

    static final String USER = System.getProperty("bench.pg.user", "postgres");
    static final String HOST = System.getProperty("bench.pg.host", "127.0.0.1");
    static final String PORT = System.getProperty("bench.pg.port", "5432");
    /** Every seeded partner account starts with this balance (10^10 EUR), so no benchmark transfer is refused. */
    static final long OPENING_BALANCE_MINOR = 1_000_000_000_000L;

    final String name;

    private BenchDatabase(String name) {
        this.name = name;
    }

    static BenchDatabase create() throws SQLException {
        byte[] random = new byte[5];
        ThreadLocalRandom.current().nextBytes(random);
        String name = "ledgerport_bench_" + HexFormat.of().formatHex(random);
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            if (Boolean.getBoolean("bench.pg.log")) {
                // Diagnosis only: log every statement of this database, with its duration.
                statement.execute("ALTER DATABASE " + name + " SET log_min_duration_statement = 0");
            }
        }
        return new BenchDatabase(name);
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), USER, "");
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(name), USER, "");
    }

    /** The Micronaut settings that point Ledgerport at this database with a pool of {@code clients}. */
    Map<String, Object> serverProperties(int clients, String dataDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url(name));
        properties.put("datasources.default.username", USER);
        properties.put("datasources.default.password", "");
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        // Flyway needs two connections while it migrates; the load never uses more than clients.
        properties.put("datasources.default.maximum-pool-size", String.valueOf(Math.max(clients, 2)));
        properties.put("datasources.default.minimum-idle", String.valueOf(clients));
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("ledgerport.data-dir", dataDir);
        properties.put("ledgerport.admin-token", "lp_op_benchmark-token-never-used");
        properties.put("ledgerport.jwt-secret", "benchmark-secret-benchmark-secret-benchmark");
        properties.put("ledgerport.ledger.expiry-interval", "1h");
        // No HTTP server runs here; Micronaut's health monitor would look for one every few seconds.
        properties.put("micronaut.health.monitor.enabled", "false");
        return properties;
    }

    /** Partners and their balance accounts 1..count, the operator's revenue account, and a UUIDv7 function. */
    void seed(int count) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (PreparedStatement partners = connection.prepareStatement("""
                    INSERT INTO partner (id, name, currency, status, created_at)
                    SELECT md5('p' || n)::uuid, 'Bench ' || n, 'EUR', 'ACTIVE', now()
                    FROM generate_series(1, ?) AS n""")) {
                partners.setInt(1, count);
                partners.executeUpdate();
            }
            try (PreparedStatement accounts = connection.prepareStatement("""
                    INSERT INTO ledger_account (id, owner_type, owner_id, partner_id, kind, currency, overdraft_limit,
                        debits_pending, debits_posted, credits_pending, credits_posted, created_at)
                    SELECT md5('a' || n)::uuid, 'PARTNER', md5('p' || n)::uuid, md5('p' || n)::uuid, 'PARTNER_BALANCE',
                        'EUR', 0, 0, 0, 0, ?, now() FROM generate_series(1, ?) AS n""")) {
                accounts.setLong(1, OPENING_BALANCE_MINOR);
                accounts.setInt(2, count);
                accounts.executeUpdate();
            }
            statement.executeUpdate("""
                    INSERT INTO ledger_account (id, owner_type, owner_id, partner_id, kind, currency, overdraft_limit,
                        created_at)
                    VALUES (md5('revenue')::uuid, 'OPERATOR', '00000000-0000-0000-0000-000000000000', NULL, 'REVENUE',
                        'EUR', NULL, now())""");
            // pgbench has no clock of its own: this makes the same time-ordered ids the application makes.
            statement.execute("""
                    CREATE FUNCTION bench_uuidv7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
                      SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')
                              || '7' || substr(md5(random()::text), 1, 3)
                              || '8' || substr(md5(random()::text), 1, 15))::uuid
                    $$""");
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
    }

    /** Transfers and audit records written, to check that a run did what it reported. */
    long count(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The ledger still adds up: the seeded opening balances, and nothing else, over every account (the revenue
     * account's balance summed from its history lines, as the application derives it).
     */
    long ledgerTotal() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        SELECT (SELECT COALESCE(SUM(credits_posted - debits_posted), 0) FROM ledger_account
                                WHERE overdraft_limit IS NOT NULL)
                             + (SELECT COALESCE(SUM(amount), 0) FROM balance_transaction
                                WHERE account_id = md5('revenue')::uuid)""")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** {@code md5(text)::uuid}, computed the way PostgreSQL does. */
    static UUID md5Uuid(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
