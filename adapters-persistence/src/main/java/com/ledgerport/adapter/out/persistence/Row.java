package com.ledgerport.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Typed reads of the current result-set row by column name. */
final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    UUID uuid(String column) throws SQLException {
        return resultSet.getObject(column, UUID.class);
    }

    Optional<UUID> optionalUuid(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getObject(column, UUID.class));
    }

    String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    long bigint(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    Optional<Long> optionalBigint(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A whole number that must fit a long (e.g. a SUM, which both databases widen to NUMERIC). */
    long exactLong(String column) throws SQLException {
        java.math.BigDecimal value = resultSet.getBigDecimal(column);
        return value == null ? 0 : value.longValueExact();
    }

    boolean bool(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    Instant instant(String column) throws SQLException {
        return resultSet.getObject(column, OffsetDateTime.class).toInstant();
    }

    Optional<Instant> optionalInstant(String column) throws SQLException {
        return Optional.ofNullable(resultSet.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
