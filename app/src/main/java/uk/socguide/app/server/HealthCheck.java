package uk.socguide.app.server;

/**
 * One thing shown in {@code /health}: something the service needs before it can answer (the
 * database, a loaded model), or a part whose state is worth seeing but which the rest can do
 * without (a channel whose platform is unreachable).
 */
public interface HealthCheck {

  /** A short name shown in {@code /health}: {@code database}, {@code model}... */
  String name();

  /** Whether it is usable now; may throw, which counts as down. Must be quick. */
  Result check() throws Exception;

  /**
   * Whether the service is not ready while this is down. A channel answers {@code false}: when
   * Telegram cannot be reached, the browser chat and Teams still answer, so {@code /health} must
   * not tell a load balancer to take the whole service out.
   */
  default boolean neededForReadiness() {
    return true;
  }

  /** A check's outcome with a short, non-sensitive detail. */
  record Result(boolean up, String detail) {
    public static Result up(String detail) {
      return new Result(true, detail);
    }

    public static Result down(String detail) {
      return new Result(false, detail);
    }
  }
}
