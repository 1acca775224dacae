package uk.socguide.content.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection's statements, with parameters bound the same way everywhere: instants as UTC
 * {@code TIMESTAMP WITH TIME ZONE}, enums by name.
 */
final class Tx {
  /** Maps the current row. */
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  Tx(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** Inserts a row and returns its generated {@code id}. */
  long insert(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated key returned by: " + sql);
        }
        return keys.getLong(1);
      }
    }
  }

  <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  <T> Optional<T> first(String sql, Row<T> row, Object... args) throws SQLException {
    List<T> rows = list(sql, row, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long count(String sql, Object... args) throws SQLException {
    return first(sql, rs -> rs.getLong(1), args).orElse(0L);
  }

  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      int n = i + 1;
      if (a == null) {
        ps.setNull(n, Types.NULL);
      } else if (a instanceof Instant instant) {
        ps.setObject(n, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (a instanceof LocalDate date) {
        ps.setObject(n, date);
      } else if (a instanceof Enum<?> e) {
        ps.setString(n, e.name());
      } else if (a instanceof String s) {
        ps.setString(n, s);
      } else if (a instanceof Long l) {
        ps.setLong(n, l);
      } else if (a instanceof Integer in) {
        ps.setInt(n, in);
      } else if (a instanceof Boolean b) {
        ps.setBoolean(n, b);
      } else if (a instanceof Double d) {
        ps.setDouble(n, d);
      } else {
        ps.setObject(n, a);
      }
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
