package com.ledgerport.adapter.out.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty database for one test class, on the engine chosen by the system property
 * {@value #PROPERTY}: {@code h2} (default, in memory) or {@code postgresql} (a new database
 * {@code ledgerport_test_<random>} on the server named by {@value #POSTGRES_URL_PROPERTY}, dropped at the end).
 *
 * <p>When PostgreSQL is asked for and cannot be reached, creation fails loudly: a PostgreSQL suite never
 * skips itself silently.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PROPERTY = "ledgerport.test.database";
    public static final String POSTGRES_URL_PROPERTY = "ledgerport.test.postgres.url";
    public static final String POSTGRES_USER_PROPERTY = "ledgerport.test.postgres.user";
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Engine engine;
    private final String name;
    private final String url;
    private final String username;
    private final String password;
    private boolean dropped;

    public enum Engine {
        H2,
        POSTGRESQL
    }

    private TestDatabase(Engine engine, String name, String url, String username, String password) {
        this.engine = engine;
        this.name = name;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static Engine selectedEngine() {
        String selected = System.getProperty(PROPERTY, "h2").strip().toLowerCase(Locale.ROOT);
        return switch (selected) {
            case "h2" -> Engine.H2;
            case "postgresql", "postgres" -> Engine.POSTGRESQL;
            default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgresql, not " + selected);
        };
    }

    /** A new empty database on the selected engine. */
    public static TestDatabase create() {
        String name = "ledgerport_test_" + HexFormat.of().formatHex(randomBytes());
        TestDatabase database = selectedEngine() == Engine.H2
                ? new TestDatabase(Engine.H2, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "")
                : createOnPostgres(name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "drop-" + name));
        return database;
    }

    private static TestDatabase createOnPostgres(String name) {
        String adminUrl = System.getProperty(POSTGRES_URL_PROPERTY, "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty(POSTGRES_USER_PROPERTY, "postgres");
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("PostgreSQL is required by this suite (" + PROPERTY
                    + "=postgresql) but " + adminUrl + " as " + user + " is unusable: " + unreachable.getMessage()
                    + ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                    unreachable);
        }
        String databaseUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase(Engine.POSTGRESQL, name, databaseUrl, user, "");
    }

    public Engine engine() {
        return engine;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String driverClassName() {
        return engine == Engine.H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    }

    /** The Micronaut datasource and Flyway properties that point the server at this database. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", username);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.driver-class-name", driverClassName());
        properties.put("datasources.default.maximum-pool-size", "24");
        properties.put("flyway.datasources.default.enabled", "true");
        return properties;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        dropped = true;
        try {
            if (engine == Engine.H2) {
                try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            } else {
                String adminUrl = System.getProperty(POSTGRES_URL_PROPERTY,
                        "jdbc:postgresql://127.0.0.1:5432/postgres");
                try (Connection admin = DriverManager.getConnection(adminUrl, username, "");
                        Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        } catch (SQLException ignored) {
            // Best effort: a leftover test database is harmless and uniquely named.
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
