package com.ledgerport.adapter.out.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Binds statement parameters in order, with one method per column type we use. */
final class Params {

    private final PreparedStatement statement;
    private int index;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    Params uuid(UUID value) throws SQLException {
        statement.setObject(++index, value);
        return this;
    }

    Params text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    Params integer(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Params bigint(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params optionalBigint(Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            return bigint(value.get());
        }
        statement.setNull(++index, Types.BIGINT);
        return this;
    }

    Params bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    Params instant(Instant value) throws SQLException {
        // Not OffsetDateTime.ofInstant, which asks the offset for its rules (a new object on every call).
        statement.setObject(++index, OffsetDateTime.of(LocalDateTime.ofEpochSecond(value.getEpochSecond(),
                value.getNano(), ZoneOffset.UTC), ZoneOffset.UTC));
        return this;
    }

    Params optionalInstant(Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            return instant(value.get());
        }
        statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
        return this;
    }

    Params optionalUuid(Optional<UUID> value) throws SQLException {
        if (value.isPresent()) {
            return uuid(value.get());
        }
        statement.setNull(++index, Types.OTHER);
        return this;
    }

    Params optionalInteger(Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            return integer(value.get());
        }
        statement.setNull(++index, Types.INTEGER);
        return this;
    }

    Params optionalText(Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            return text(value.get());
        }
        statement.setNull(++index, Types.VARCHAR);
        return this;
    }
}
