package uk.socguide.content.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in a transaction (or in autocommit for single reads) on a pooled connection. */
final class Jdbc {
  /** Work done with one connection. */
  interface Work<T> {
    T run(Tx tx) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  <T> T transaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(new Tx(c));
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs read-only {@code work} without a transaction of its own. */
  <T> T read(Work<T> work) {
    return autocommit(work);
  }

  /** Runs {@code work} with each statement committed as it runs. */
  <T> T autocommit(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(new Tx(c));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  static DatabaseException failed(SQLException e) {
    return new DatabaseException("content database error: " + e.getMessage(), e);
  }

  /** True for a unique or primary-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  static boolean duplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
