package com.ledgerport.adapter.out.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL on the connection of the current transaction (opened by {@link JdbcUnitOfWork}).
 * Every statement is prepared with bound parameters; SQL text never contains input.
 */
@Singleton
final class Jdbc {

    /** SQLSTATE for a unique-constraint violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    private final TransactionOperations<Connection> transactions;

    Jdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    interface Binder {
        void bind(Params params) throws SQLException;
    }

    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }

    int update(String sql, Binder binder) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            binder.bind(new Params(statement));
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw new PersistenceException("update failed: " + firstLine(sql), failure);
        }
    }

    /** Inserts one row and answers the value the database generated for {@code idColumn}. */
    long insertReturningId(String sql, String idColumn, Binder binder) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql,
                new String[] {idColumn})) {
            binder.bind(new Params(statement));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated id: " + firstLine(sql));
                }
                return keys.getLong(1);
            }
        } catch (SQLException failure) {
            throw new PersistenceException("insert failed: " + firstLine(sql), failure);
        }
    }

    /**
     * Inserts one row unless it conflicts ({@code … ON CONFLICT DO NOTHING}) and answers the generated value of
     * {@code idColumn}; empty when the row was not inserted.
     */
    Optional<Long> insertReturningIdIfNew(String sql, String idColumn, Binder binder) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql,
                new String[] {idColumn})) {
            binder.bind(new Params(statement));
            if (statement.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated id: " + firstLine(sql));
                }
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException failure) {
            throw new PersistenceException("insert failed: " + firstLine(sql), failure);
        }
    }

    /** One statement with its parameters, for {@link #updatesTogether}. */
    record Update(String sql, Binder binder) {
    }

    /**
     * Several statements sent as one (PostgreSQL's driver splits them and sends them in one round trip, with one
     * sync at the end); answers each statement's update count, in order. Parameters are numbered across all.
     */
    int[] updatesTogether(List<Update> updates) {
        return updatesTogether(together(updates), updates);
    }

    /** The statements' text as {@link #updatesTogether} sends it. */
    static String together(List<Update> updates) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < updates.size(); i++) {
            sql.append(i == 0 ? "" : ";\n").append(updates.get(i).sql());
        }
        return sql.toString();
    }

    /** {@link #updatesTogether(List)} with their text already joined by {@link #together} (e.g. kept by the caller). */
    int[] updatesTogether(String sql, List<Update> updates) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            Params params = new Params(statement);
            for (Update update : updates) {
                update.binder().bind(params);
            }
            int[] counts = new int[updates.size()];
            boolean resultSet = statement.execute();
            for (int i = 0; i < counts.length; i++) {
                if (resultSet) {
                    throw new IllegalStateException("a statement sent together answered rows: " + firstLine(sql));
                }
                counts[i] = statement.getUpdateCount();
                resultSet = statement.getMoreResults();
            }
            return counts;
        } catch (SQLException failure) {
            throw new PersistenceException("statements failed: " + firstLine(sql), failure);
        }
    }

    /** One statement run once per binder as a JDBC batch (one round trip on PostgreSQL); answers the counts. */
    int[] batch(String sql, List<Binder> rows) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            for (Binder row : rows) {
                row.bind(new Params(statement));
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException failure) {
            throw new PersistenceException("batch failed: " + firstLine(sql), failure);
        }
    }

    /** The connection of the current transaction, for what plain statements cannot say (the database's name). */
    Connection connection() {
        return transactions.getConnection();
    }

    <T> List<T> list(String sql, Binder binder, Mapper<T> mapper) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            binder.bind(new Params(statement));
            try (ResultSet resultSet = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                Row row = new Row(resultSet);
                while (resultSet.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        } catch (SQLException failure) {
            throw new PersistenceException("query failed: " + firstLine(sql), failure);
        }
    }

    <T> Optional<T> one(String sql, Binder binder, Mapper<T> mapper) {
        List<T> rows = list(sql, binder, mapper);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row: " + firstLine(sql));
        }
        return rows.stream().findFirst();
    }

    static Binder none() {
        return params -> {
        };
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
