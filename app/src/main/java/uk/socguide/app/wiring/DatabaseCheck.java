package uk.socguide.app.wiring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.socguide.app.server.HealthCheck;

/** Readiness of the content store: a pooled connection that answers within a second. */
final class DatabaseCheck implements HealthCheck {
  private final DataSource dataSource;

  DatabaseCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Result check() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(1) ? Result.up("connected") : Result.down("not answering");
    } catch (SQLException e) {
      return Result.down("unreachable");
    }
  }

  static HealthCheck of(DataSource dataSource) {
    return new DatabaseCheck(dataSource);
  }
}
