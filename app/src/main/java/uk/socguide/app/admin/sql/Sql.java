package uk.socguide.app.admin.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The workspace's own tables (users, sessions, API tokens) through plain JDBC on the content
 * store's pool. Times are stored as UTC timestamps with time zone, as the content store does.
 */
public final class Sql {
  private final DataSource dataSource;

  public Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Maps one row. */
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work done in one transaction. */
  public interface Work<T> {
    T run(Sql.Tx tx) throws SQLException;
  }

  public <T> List<T> list(String sql, Row<T> row, Object... args) {
    try (Connection c = dataSource.getConnection()) {
      return new Tx(c).list(sql, row, args);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
    List<T> rows = list(sql, row, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection()) {
      return new Tx(c).update(sql, args);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  public <T> T transaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(new Tx(c));
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** A unique or primary-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  public static boolean duplicateKey(RuntimeException e) {
    return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("workspace database error: " + e.getMessage(), e);
  }

  /** Statements on one connection. */
  public static final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
      this.connection = connection;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
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

    public int update(String sql, Object... args) throws SQLException {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        bind(ps, args);
        return ps.executeUpdate();
      }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a instanceof Instant instant) {
          ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
          ps.setObject(i + 1, a);
        }
      }
    }
  }
}
